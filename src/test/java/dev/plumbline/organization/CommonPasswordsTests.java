package dev.plumbline.organization;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped list is the real one (tens of thousands of entries from SecLists, not a handful typed in),
 * and the policy refuses what is on it, however it is capitalised or suffixed.
 */
class CommonPasswordsTests {

	@Test
	void theListIsThePublishedOneWithItsTopTenThousandAndLongEntries() {
		assertThat(CommonPasswords.size()).isGreaterThan(50_000);
		assertThat(CommonPasswords.contains("123456")).isTrue();
		assertThat(CommonPasswords.contains("password")).isTrue();
		assertThat(CommonPasswords.contains("1qaz2wsx3edc")).isTrue();
		assertThat(CommonPasswords.contains("correct horse battery")).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "123qweasdzxc", "1qaz2wsx3edc", "q1w2e3r4t5y6", "qwerty123456", "QwertyQwerty",
			"1q2w3e4r5t6y", "unbelievable", "Password2024!", "Sunshine12345", "Football!!!!", "iloveyou2026",
			"Plumbline2026" })
	void refusesCommonPasswordsOfAcceptableLength(String password) {
		assertThat(password).hasSizeGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH);
		assertThat(PasswordPolicy.problem(password, "ada@example.org")).hasValue("is too easy to guess; choose a less common one");
	}

	@ParameterizedTest
	@ValueSource(strings = { "correct horse battery", "a long and private passphrase", "Kettle-Orbit-Lantern-7" })
	void acceptsPasswordsThatAreNotOnTheList(String password) {
		assertThat(PasswordPolicy.problem(password, "ada@example.org")).isEmpty();
	}

}
