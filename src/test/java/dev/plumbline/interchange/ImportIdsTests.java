package dev.plumbline.interchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImportIdsTests {

	@Test
	void idsAreVersionSevenOfTheStandardVariantAndCarryTheClock() {
		long before = System.currentTimeMillis();
		UUID id = ImportIds.next();
		assertThat(id.version()).isEqualTo(7);
		assertThat(id.variant()).isEqualTo(2);
		assertThat(id.getMostSignificantBits() >>> 16).isGreaterThanOrEqualTo(before);
	}

	@Test
	void eachIdSortsAfterThePreviousOneAsPostgresqlComparesThem() {
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < 100_000; i++) {
			ids.add(ImportIds.next());
		}
		for (int i = 1; i < ids.size(); i++) {
			// PostgreSQL orders uuid values by their bytes, i.e. as unsigned numbers, high half first
			assertThat(Long.compareUnsigned(ids.get(i).getMostSignificantBits(),
					ids.get(i - 1).getMostSignificantBits()))
				.as("id %d", i)
				.isPositive();
		}
		assertThat(new HashSet<>(ids)).hasSize(ids.size());
	}

	@Test
	void aFullCounterCarriesIntoTheClockAndAClockGoingBackKeepsTheOrder() {
		long millis = System.currentTimeMillis() + 60_000;
		long first = ImportIds.nextHighBits(millis);
		assertThat(first).isEqualTo((millis << 16) | 0x7000L);
		long previous = first;
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < 5000; i++) {
			long next = ImportIds.nextHighBits(millis - 1000);
			assertThat(next).isGreaterThan(previous);
			assertThat((next >>> 12) & 0xF).as("version nibble").isEqualTo(7);
			assertThat(seen.add(next)).isTrue();
			previous = next;
		}
		assertThat(previous >>> 16).isEqualTo(millis + 1);
	}

}
