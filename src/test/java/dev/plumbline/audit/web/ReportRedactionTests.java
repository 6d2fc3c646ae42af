package dev.plumbline.audit.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportRedactionTests {

	@Test
	void removesFitFindingsAndTheirDeductionsWhereverTheyAppear() {
		String json = """
				{"organization":"O","index":{"organization":{"value":70,"deductions":[
				  {"code":"VALUES_MISFIT","points":20},{"code":"UNOWNED","points":10}]},
				  "teams":[{"key":"t","deductions":[{"code":"WRONG_SEAT","points":5}]}]},
				 "findings":[{"code":"VALUES_MISFIT"},{"code":"UNOWNED"},{"code":"WRONG_SEAT"},{"code":"NOT_A_CODE"}]}""";

		String redacted = ReportRedaction.withoutSensitive(json);

		assertThat(redacted).doesNotContain("VALUES_MISFIT").doesNotContain("WRONG_SEAT");
		assertThat(redacted).contains("UNOWNED").contains("NOT_A_CODE").contains("\"value\" : 70");
	}

}
