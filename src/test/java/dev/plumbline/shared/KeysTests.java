package dev.plumbline.shared;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeysTests {

	@Test
	void makesKeysFromNames() {
		assertThat(Keys.fromName("Accès to care!")).isEqualTo("acces-to-care");
		assertThat(Keys.fromName("  Prevention & outreach ")).isEqualTo("prevention-outreach");
		assertThat(Keys.fromName("???")).isEmpty();
		assertThat(Keys.fromName(null)).isEmpty();
		assertThat(Keys.fromName("x".repeat(49) + " yz")).hasSize(49).doesNotEndWith("-");
	}

	@Test
	void validKeys() {
		assertThat(Keys.valid("eastside-evening.no-shows_2")).isTrue();
		assertThat(Keys.valid("-lead")).isFalse();
		assertThat(Keys.valid("Upper")).isFalse();
		assertThat(Keys.valid("a".repeat(61))).isFalse();
		assertThat(Keys.valid(null)).isFalse();
	}

	@Test
	void numbersTakenKeys() {
		Set<String> taken = new HashSet<>(Set.of("access"));
		assertThat(Keys.unique("access", taken)).isEqualTo("access-2");
		assertThat(Keys.unique("access", taken)).isEqualTo("access-3");
		assertThat(Keys.unique("quality", taken)).isEqualTo("quality");
		assertThat(taken).contains("access-2", "access-3", "quality");
	}

}
