package dev.plumbline.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import dev.plumbline.bench.generate.OrganizationGenerator;
import dev.plumbline.bench.generate.Scale;
import dev.plumbline.interchange.FileFormat;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.OrganizationFiles;
import org.junit.jupiter.api.Test;

/** The change the "after one check-in" benchmarks make: one more check-in, the original untouched. */
class OneCheckInTests {

	@Test
	void addsExactlyOneCheckInDatedAsOfAndLeavesTheOriginalAlone() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new OrganizationGenerator(Scale.S, 42).write(out, FileFormat.YAML);
		OrganizationFile original = OrganizationFiles.read(out.toByteArray(), FileFormat.YAML);
		OrganizationFile changed = OneCheckIn.add(original, 3);
		assertThat(checkIns(changed)).isEqualTo(checkIns(original) + 1);
		int index = Math.floorMod(3 * 7919, original.objectives().size());
		var checkIns = changed.objectives().get(index).keyResults().get(0).checkIns();
		assertThat(checkIns.get(checkIns.size() - 1).date()).isEqualTo(original.asOf());
		assertThat(changed.objectives()).hasSameSizeAs(original.objectives());
	}

	private static long checkIns(OrganizationFile file) {
		return file.objectives().stream().flatMap(o -> o.keyResults().stream()).mapToLong(k -> k.checkIns().size()).sum();
	}

}
