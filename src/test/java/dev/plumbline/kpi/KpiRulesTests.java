package dev.plumbline.kpi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.plumbline.shared.FieldProblem;
import dev.plumbline.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class KpiRulesTests {

	private static final UUID PRIYA = UUID.randomUUID();

	@Test
	void acceptsAConsistentDefinitionAndGeneratesItsKey() {
		KpiRules.Definition kpi = check(draft("increase", "90", "80", "95"));
		assertThat(kpi.key()).isEqualTo("vaccination-rate");
		assertThat(kpi.ownerId()).isEqualTo(PRIYA);
		assertThat(kpi.cadence()).isEqualTo(Cadence.MONTHLY);
		assertThat(kpi.direction()).isEqualTo(Direction.INCREASE);
	}

	@Test
	void refusesRedAtOrAboveGreenWhenHigherIsBetter() {
		assertThat(fields(draft("increase", "80", "80", "95"))).containsExactly("thresholds.red");
		assertThat(fields(draft("increase", "80", "85", "95"))).containsExactly("thresholds.red");
	}

	@Test
	void refusesRedAtOrBelowGreenWhenLowerIsBetter() {
		assertThat(fields(draft("decrease", "10", "10", "5"))).containsExactly("thresholds.red");
		assertThat(fields(draft("decrease", "10", "8", "5"))).containsExactly("thresholds.red");
		assertThat(fields(draft("decrease", "10", "15", "5"))).isEmpty();
	}

	@Test
	void wantsTheTargetOnTheGreenSide() {
		assertThat(fields(draft("increase", "90", "80", "89"))).containsExactly("target");
		assertThat(fields(draft("increase", "90", "80", "90"))).isEmpty();
		assertThat(fields(draft("decrease", "10", "15", "11"))).containsExactly("target");
		assertThat(fields(draft("decrease", "10", "15", "10"))).isEmpty();
	}

	@Test
	void namesEveryBadField() {
		KpiDraft draft = new KpiDraft("Bad Key!", " ", "u".repeat(41), "nobody", List.of("access", "moon"), "daily",
				"sideways", null, null, new BigDecimal("1e15"));
		assertThat(fields(draft)).containsExactlyInAnyOrder("name", "key", "unit", "owner", "pillars[1]", "cadence",
				"direction", "target", "thresholds.red", "thresholds.green");
	}

	private static KpiDraft draft(String direction, String green, String red, String target) {
		return new KpiDraft(null, "Vaccination rate", "%", "priya", List.of("access"), "Monthly", direction,
				new BigDecimal(target), new BigDecimal(red), new BigDecimal(green));
	}

	private static KpiRules.Definition check(KpiDraft draft) {
		return KpiRules.check(draft, Set.of("access", "quality"),
				owner -> owner.equals("priya") ? Optional.of(PRIYA) : Optional.empty());
	}

	private static List<String> fields(KpiDraft draft) {
		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class, () -> check(draft));
		return ex == null ? List.of() : ex.problems().stream().map(FieldProblem::field).toList();
	}

}
