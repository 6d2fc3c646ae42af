package dev.plumbline.interchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.plumbline.interchange.PlanModel.CheckIn;
import dev.plumbline.interchange.PlanModel.KeyResult;
import dev.plumbline.interchange.PlanModel.Objective;

/**
 * A generated organization of any size, in canonical form (decimals without trailing zeros), for speed
 * and round-trip tests.
 */
final class LargeOrganizations {

	private LargeOrganizations() {
	}

	static OrganizationFile generate(int objectives, int keyResults, int checkIns) {
		LocalDate start = LocalDate.of(2026, 1, 1);
		List<Objective> all = new ArrayList<>();
		for (int o = 0; o < objectives; o++) {
			List<KeyResult> results = new ArrayList<>();
			for (int k = 0; k < keyResults; k++) {
				List<CheckIn> ins = new ArrayList<>();
				for (int c = 0; c < checkIns; c++) {
					ins.add(new CheckIn(start.plusDays(7L * c), Numbers.canonical(BigDecimal.valueOf(c * 25L + k, 1)),
							new BigDecimal("0.7"), c % 10 == 0 ? "note " + c : null));
				}
				results.add(new KeyResult("kr" + k, "Key result " + k, "%", BigDecimal.ZERO, BigDecimal.valueOf(100),
						OrganizationFile.Direction.INCREASE, ins));
			}
			all.add(new Objective("o" + o, "Objective " + o, null, null, null, o == 0 ? null : "o" + (o / 10), List.of(),
					o % 7, start, start.plusYears(1), OrganizationFile.ObjectiveStatus.ACTIVE, results));
		}
		return OrganizationFile.empty(new OrganizationFile.Organization("Large", "large"))
			.withAsOf(LocalDate.of(2026, 11, 1))
			.withObjectives(all);
	}

}
