package dev.plumbline.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.plumbline.organization.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The human-readable matrix, {@code docs/security/access-matrix.md}, says what the checked-in TSV says:
 * the table between its markers is generated from the TSV. After changing the TSV, regenerate it with
 * {@code ./mvnw -q -o test -Dtest=AccessMatrixDocumentTests -Daccess.matrix.write=true}.
 */
class AccessMatrixDocumentTests {

	static final Path DOCUMENT = Path.of("docs/security/access-matrix.md");

	static final String START = "<!-- matrix:start (generated from src/test/resources/security/route-matrix.tsv) -->";

	static final String END = "<!-- matrix:end -->";

	@Test
	void theDocumentShowsTheMatrix() throws IOException {
		String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
		int start = document.indexOf(START);
		int end = document.indexOf(END);
		assertThat(start).as(DOCUMENT + " needs the markers " + START + " and " + END).isNotNegative();
		assertThat(end).isGreaterThan(start);
		String expected = document.substring(0, start + START.length()) + "\n" + table(RouteMatrix.load())
				+ document.substring(end);
		if (Boolean.getBoolean("access.matrix.write")) {
			Files.writeString(DOCUMENT, expected, StandardCharsets.UTF_8);
		}
		assertThat(document).as(DOCUMENT + " is out of date with the TSV; regenerate it with"
				+ " ./mvnw -q -o test -Dtest=AccessMatrixDocumentTests -Daccess.matrix.write=true")
			.isEqualTo(expected);
	}

	static String table(RouteMatrix matrix) {
		StringBuilder out = new StringBuilder("| Method | Path | Needs | ADMIN | LEADER | MEMBER | STAKEHOLDER | Notes |\n");
		out.append("|---|---|---|:-:|:-:|:-:|:-:|---|\n");
		for (RouteMatrix.Row row : matrix.rows()) {
			String roles = java.util.Arrays.stream(Role.values())
				.map(role -> row.allows(role) ? "yes" : row.allowsOwner(role) ? "own" : "—")
				.collect(Collectors.joining(" | "));
			out.append("| ")
				.append(row.method())
				.append(" | `")
				.append(row.path())
				.append("` | ")
				.append(row.access())
				.append(" | ")
				.append(roles)
				.append(" | ")
				.append(row.notes().replace("|", "\\|"))
				.append(" |\n");
		}
		return out.toString();
	}

}
