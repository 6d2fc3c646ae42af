package dev.plumbline.interchange;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresCopyTests {

	@Test
	void turnsAPlainInsertIntoACopyOfTheSameColumns() {
		PostgresCopy copy = PostgresCopy.of("""
				INSERT INTO key_result (id, organization_id, title,
				                        version)
				VALUES (?, ?, ?, 0)
				""").orElseThrow();

		assertThat(copy.statement()).isEqualTo("COPY key_result (id, organization_id, title, version) FROM STDIN");
	}

	@Test
	void leavesEveryOtherStatementToTheBatch() {
		assertThat(PostgresCopy.of("UPDATE objective SET parent_id = ? WHERE id = ?")).isEmpty();
		assertThat(PostgresCopy.of("INSERT INTO t (a, b) VALUES (?, now())")).isEmpty();
		assertThat(PostgresCopy.of("INSERT INTO t (a, b) VALUES (?, 'x')")).isEmpty();
		assertThat(PostgresCopy.of("INSERT INTO t (a, b) VALUES (?)")).isEmpty();
		assertThat(PostgresCopy.of("INSERT INTO t (a) SELECT ? FROM dual")).isEmpty();
		assertThat(PostgresCopy.of("INSERT INTO t (a) VALUES (?) ON CONFLICT DO NOTHING")).isEmpty();
	}

	@Test
	void writesARowWithItsConstantsInTextFormat() {
		PostgresCopy copy = PostgresCopy.of("INSERT INTO t (id, n, version, d, note) VALUES (?, ?, 0, ?, ?)").orElseThrow();
		UUID id = UUID.fromString("6b1f1f3e-0000-4000-8000-000000000001");
		StringBuilder text = new StringBuilder();

		copy.appendRow(text, new Object[] { id, new BigDecimal("1E+3"), LocalDate.of(2026, 3, 2), null });

		assertThat(text).hasToString(id + "\t1000\t0\t2026-03-02\t\\N\n");
	}

	@Test
	void escapesBackslashesTabsAndLineBreaksAndNothingElse() {
		StringBuilder text = new StringBuilder();

		PostgresCopy.appendValue(text, "a\tb\nc\rd\\e\\N 'q' \"d\" 東京 🚀");

		assertThat(text).hasToString("a\\tb\\nc\\rd\\\\e\\\\N 'q' \"d\" 東京 🚀");
	}

	@Test
	void writesTimestampsAsInstantsAndBooleansAsLetters() {
		StringBuilder text = new StringBuilder();

		PostgresCopy.appendValue(text, Timestamp.from(Instant.parse("2026-11-24T07:16:41.123456Z")));
		text.append('|');
		PostgresCopy.appendValue(text, true);
		text.append('|');
		PostgresCopy.appendValue(text, java.sql.Date.valueOf(LocalDate.of(2026, 1, 31)));

		assertThat(text).hasToString("2026-11-24T07:16:41.123456Z|t|2026-01-31");
	}

	@Test
	void writesRepeatedIdsAndTimestampsAsEachValueAlone() {
		PostgresCopy copy = PostgresCopy.of("INSERT INTO t (id, parent, at, note) VALUES (?, ?, ?, ?)").orElseThrow();
		java.util.SplittableRandom random = new java.util.SplittableRandom(7);
		UUID[] parents = { UUID.randomUUID(), UUID.randomUUID() };
		Timestamp at = Timestamp.from(Instant.parse("2026-11-24T07:16:41.5Z"));
		StringBuilder remembered = new StringBuilder();
		StringBuilder alone = new StringBuilder();
		for (int i = 0; i < 500; i++) {
			if (random.nextInt(10) == 0) {
				// the same Timestamp object, changed: its new text must be written
				at.setTime(at.getTime() + random.nextInt(1, 100_000));
			}
			UUID parent = random.nextBoolean() ? parents[random.nextInt(2)]
					: new UUID(parents[0].getMostSignificantBits(), parents[0].getLeastSignificantBits());
			Object[] row = { UUID.randomUUID(), random.nextInt(20) == 0 ? null : parent,
					random.nextInt(20) == 0 ? null : at, "n\t" + random.nextInt(3) };
			copy.appendRow(remembered, row);
			for (int c = 0; c < row.length; c++) {
				alone.append(c > 0 ? "\t" : "");
				PostgresCopy.appendValue(alone, row[c]);
			}
			alone.append('\n');
		}

		assertThat(remembered).hasToString(alone.toString());
	}

	@Test
	void refusesValuesItCannotWriteAndRowsOfTheWrongWidth() {
		PostgresCopy copy = PostgresCopy.of("INSERT INTO t (a, b) VALUES (?, ?)").orElseThrow();

		assertThatThrownBy(() -> PostgresCopy.appendValue(new StringBuilder(), new Object()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("java.lang.Object");
		assertThatThrownBy(() -> copy.appendRow(new StringBuilder(), new Object[] { 1 }))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("Expected 2 values, got 1");
	}

}
