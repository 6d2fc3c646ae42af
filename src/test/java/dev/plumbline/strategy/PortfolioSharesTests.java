package dev.plumbline.strategy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.plumbline.charter.Pillar;

import static org.assertj.core.api.Assertions.assertThat;

class PortfolioSharesTests {

	private static final List<Pillar> PILLARS = List.of(new Pillar("access", "Access", "", 3),
			new Pillar("quality", "Quality", "", 1));

	@Test
	void sharesTheBudgetAndFteOfActiveInitiativesAgainstTheWeights() {
		PortfolioShares shares = PortfolioShares.of(PILLARS, List.of(initiative(InitiativeStatus.ACTIVE, 300, 3, "access"),
				initiative(InitiativeStatus.ACTIVE, 100, 1, "quality"), initiative(InitiativeStatus.PLANNED, 5000, 9, "quality")));
		assertThat(shares.pillars()).extracting(PortfolioShares.PillarShare::weightShare).containsExactly(75.0, 25.0);
		assertThat(shares.pillars()).extracting(PortfolioShares.PillarShare::budgetShare).containsExactly(75.0, 25.0);
		assertThat(shares.pillars()).extracting(PortfolioShares.PillarShare::fteShare).containsExactly(75.0, 25.0);
		assertThat(shares.totalBudget()).isEqualByComparingTo("400");
		assertThat(shares.pillars()).noneMatch(PortfolioShares.PillarShare::misallocated);
	}

	@Test
	void splitsAnInitiativeServingTwoPillarsEquallyAndCountsOrphansAsUnallocated() {
		PortfolioShares shares = PortfolioShares.of(PILLARS, List.of(initiative(InitiativeStatus.ACTIVE, 200, 2, "access", "quality"),
				initiative(InitiativeStatus.ACTIVE, 200, 2), initiative(InitiativeStatus.ACTIVE, 0, 0, "gone")));
		assertThat(shares.pillars()).extracting(PortfolioShares.PillarShare::budgetShare).containsExactly(25.0, 25.0);
		assertThat(shares.pillars()).extracting(PortfolioShares.PillarShare::budget)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("100"), new BigDecimal("100"));
		assertThat(shares.unallocatedBudgetShare()).isEqualTo(50.0);
		assertThat(shares.unallocatedFteShare()).isEqualTo(50.0);
		assertThat(shares.pillars().get(0).misallocated()).isTrue(); // 25 % of budget against 75 % of weight
		assertThat(shares.pillars().get(1).misallocated()).isFalse(); // 25 % against 25 %
	}

	@Test
	void sharesNothingWhenNothingIsActive() {
		PortfolioShares shares = PortfolioShares.of(PILLARS, List.of(initiative(InitiativeStatus.PAUSED, 100, 1, "access")));
		assertThat(shares.pillars()).extracting(PortfolioShares.PillarShare::budgetShare).containsExactly(0.0, 0.0);
		assertThat(shares.unallocatedBudgetShare()).isZero();
		assertThat(PortfolioShares.of(List.of(), List.of()).pillars()).isEmpty();
	}

	@Test
	void countsPillarsReachedThroughObjectivesWhenAsked() {
		Initiative viaObjective = initiative(InitiativeStatus.ACTIVE, 100, 1);
		PortfolioShares shares = PortfolioShares.of(PILLARS, List.of(viaObjective), i -> List.of("quality"));
		assertThat(shares.pillars()).extracting(PortfolioShares.PillarShare::budgetShare).containsExactly(0.0, 100.0);
	}

	static Initiative initiative(InitiativeStatus status, int budget, int fte, String... pillars) {
		return new Initiative(UUID.randomUUID(), "k", "n", "", null, null, null, status, null, null,
				BigDecimal.valueOf(budget), BigDecimal.valueOf(fte), 0, List.of(pillars), List.of(), List.of(), 0,
				Instant.now());
	}

}
