package dev.plumbline.interchange;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The short cuts of reading scalars give what the long way gives: dates, and the shared short texts. */
class FastScalarsTests {

	@ParameterizedTest
	@ValueSource(strings = { "2026-11-01", "2024-02-29", "2023-02-29", "2000-02-29", "1900-02-29", "0000-01-01",
			"9999-12-31", "2026-13-01", "2026-00-10", "2026-04-31", "2026-04-00", "2026-1-01", "+2026-1-01",
			"-999-01-01", "2026/11/01", "２０２６-11-01", "20261-1-01" })
	void readsDatesAsLocalDateParseDoes(String text) {
		assertSameDate(text);
	}

	@Test
	void readsRandomDatesAsLocalDateParseDoes() {
		Random random = new Random(20261124L);
		String alphabet = "0123456789-";
		int fast = 0;
		for (int i = 0; i < 100_000; i++) {
			StringBuilder text = new StringBuilder(random.nextBoolean() ? "20" : "");
			while (text.length() < 10) {
				char c = alphabet.charAt(random.nextInt(alphabet.length()));
				text.append(text.length() == 4 || text.length() == 7 ? (random.nextInt(10) == 0 ? c : '-') : c);
			}
			fast += assertSameDate(text.toString()) ? 1 : 0;
		}
		assertThat(fast).isGreaterThan(1_000);
	}

	/** Whether the short cut read it. */
	private static boolean assertSameDate(String text) {
		LocalDate parsed;
		try {
			parsed = LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			parsed = null;
		}
		LocalDate quick = Types.isoDate(text);
		if (quick != null) {
			assertThat(quick).as(text).isEqualTo(parsed);
		}
		else if (text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
			assertThat(parsed).as(text).isNull();
		}
		return quick != null;
	}

	@Test
	void sharedShortTextsAreTheTextsOfTheirBytes() {
		ShortTexts texts = new ShortTexts();
		Random random = new Random(7);
		String[] words = { "key", "date", "value", "é", "ключ", "a", "", "x".repeat(30), "t1", "t2", "1t" };
		for (int i = 0; i < 50_000; i++) {
			String word = words[random.nextInt(words.length)] + (random.nextInt(4) == 0 ? random.nextInt(3000) : "");
			byte[] bytes = ("  " + word + "\n").getBytes(StandardCharsets.UTF_8);
			assertThat(texts.text(bytes, 2, bytes.length - 1)).isEqualTo(word);
		}
		byte[] twice = "key key".getBytes(StandardCharsets.UTF_8);
		assertThat(texts.text(twice, 0, 3)).isSameAs(texts.text(twice, 4, 7));
	}

}
