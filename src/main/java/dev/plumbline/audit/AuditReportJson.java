package dev.plumbline.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit as JSON for machines, the same from the command line and the API: an object with
 * {@code organization}, {@code asOf}, {@code index} (its {@code organization} score with value and
 * deductions of code, subject and points; then {@code pillars} and {@code teams}, each a list of key,
 * name, value and deductions) and {@code findings} (code, severity, subject of kind, key and name,
 * evidence, action). The exact shape is in docs/audit.md.
 * Codes and severities are written as their enum names (upper case). Points are rounded to two decimals.
 * Deterministic: ordered maps, the report's order, pretty printed.
 */
public final class AuditReportJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.build();

	private AuditReportJson() {
	}

	public static String write(AuditReport report) {
		return MAPPER.writeValueAsString(toMap(report));
	}

	/** {@link #write}'s text, gzip-compressed, without holding it whole as a string. */
	public static byte[] gzip(AuditReport report) {
		Map<String, Object> map = toMap(report);
		return GzipText.gzip(out -> MAPPER.writeValue(out, map));
	}

	/** The report as ordered maps and lists (what {@link #write} serialises). */
	public static Map<String, Object> toMap(AuditReport report) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("organization", report.organization());
		root.put("asOf", report.asOf() == null ? null : report.asOf().toString());
		Map<String, Object> index = new LinkedHashMap<>();
		index.put("organization", score(report.index().organization(), false));
		index.put("pillars", report.index().pillars().stream().map(s -> score(s, true)).toList());
		index.put("teams", report.index().teams().stream().map(s -> score(s, true)).toList());
		root.put("index", index);
		root.put("findings", report.findings().stream().map(AuditReportJson::finding).toList());
		return root;
	}

	private static Map<String, Object> score(AlignmentIndex.Score score, boolean named) {
		Map<String, Object> map = new LinkedHashMap<>();
		if (named) {
			map.put("key", score.key());
			map.put("name", score.name());
		}
		map.put("value", score.value());
		List<Map<String, Object>> deductions = score.deductions().stream().map(d -> {
			Map<String, Object> deduction = new LinkedHashMap<>();
			deduction.put("code", d.finding().code().name());
			deduction.put("subject", subject(d.finding().subject()));
			deduction.put("points", BigDecimal.valueOf(d.points()).setScale(2, RoundingMode.HALF_UP));
			return deduction;
		}).toList();
		map.put("deductions", deductions);
		return map;
	}

	private static Map<String, Object> finding(Finding finding) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("code", finding.code().name());
		map.put("severity", finding.severity().name());
		map.put("subject", subject(finding.subject()));
		map.put("evidence", new LinkedHashMap<>(finding.evidence()));
		map.put("action", finding.action());
		return map;
	}

	private static Map<String, Object> subject(Subject subject) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("kind", subject.kind());
		map.put("key", subject.key());
		map.put("name", subject.name());
		return map;
	}

}
