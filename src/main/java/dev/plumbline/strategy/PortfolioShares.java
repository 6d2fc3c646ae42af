package dev.plumbline.strategy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.plumbline.charter.Pillar;

/**
 * "Resources follow priorities": each pillar's share of the budget and of the FTE of ACTIVE initiatives,
 * next to its share of the total pillar weight. Pure arithmetic, no Spring.
 * <ul>
 * <li>weight share = pillar weight / sum of all pillar weights;</li>
 * <li>an active initiative's budget (and FTE) is split equally between the charter pillars it serves;</li>
 * <li>budget share = the pillar's part / the budget of all active initiatives, including those that serve
 * no pillar: their part is reported as {@code unallocated}, so the pillar shares plus it make 100 %.</li>
 * </ul>
 * Shares are percentages, rounded to one decimal; 0 when there is nothing to share.
 */
public record PortfolioShares(List<PillarShare> pillars, BigDecimal totalBudget, BigDecimal totalFte,
		double unallocatedBudgetShare, double unallocatedFteShare) {

	public record PillarShare(String key, String name, int weight, double weightShare, BigDecimal budget,
			double budgetShare, BigDecimal fte, double fteShare, int activeInitiatives) {

		/**
		 * Off when the budget or FTE share differs from the weight share by more than half of it (the audit's
		 * MISALLOCATED_RESOURCES rule).
		 */
		public boolean misallocated() {
			double tolerance = this.weightShare / 2;
			return Math.abs(this.budgetShare - this.weightShare) > tolerance
					|| Math.abs(this.fteShare - this.weightShare) > tolerance;
		}

	}

	public static PortfolioShares of(List<Pillar> pillars, List<Initiative> initiatives) {
		return of(pillars, initiatives, Initiative::pillarKeys);
	}

	/**
	 * @param pillarsOf the pillar keys an initiative serves (e.g. its own together with those of the objectives
	 * it advances)
	 */
	public static PortfolioShares of(List<Pillar> pillars, List<Initiative> initiatives,
			Function<Initiative, Collection<String>> pillarsOf) {
		int totalWeight = pillars.stream().mapToInt(p -> p.weight() == null ? 0 : p.weight()).sum();
		Map<String, BigDecimal[]> parts = new LinkedHashMap<>();
		Map<String, Integer> counts = new LinkedHashMap<>();
		pillars.forEach(p -> {
			parts.put(p.key(), new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
			counts.put(p.key(), 0);
		});
		BigDecimal totalBudget = BigDecimal.ZERO;
		BigDecimal totalFte = BigDecimal.ZERO;
		BigDecimal unallocatedBudget = BigDecimal.ZERO;
		BigDecimal unallocatedFte = BigDecimal.ZERO;
		for (Initiative initiative : initiatives) {
			if (initiative.status() != InitiativeStatus.ACTIVE) {
				continue;
			}
			totalBudget = totalBudget.add(initiative.budget());
			totalFte = totalFte.add(initiative.fte());
			List<String> served = pillarsOf.apply(initiative).stream().filter(parts::containsKey).distinct().toList();
			if (served.isEmpty()) {
				unallocatedBudget = unallocatedBudget.add(initiative.budget());
				unallocatedFte = unallocatedFte.add(initiative.fte());
				continue;
			}
			BigDecimal n = BigDecimal.valueOf(served.size());
			for (String key : served) {
				BigDecimal[] part = parts.get(key);
				part[0] = part[0].add(initiative.budget().divide(n, 6, RoundingMode.HALF_UP));
				part[1] = part[1].add(initiative.fte().divide(n, 6, RoundingMode.HALF_UP));
				counts.merge(key, 1, Integer::sum);
			}
		}
		BigDecimal budgetTotal = totalBudget;
		BigDecimal fteTotal = totalFte;
		List<PillarShare> shares = pillars.stream().map(p -> {
			int weight = p.weight() == null ? 0 : p.weight();
			BigDecimal[] part = parts.get(p.key());
			return new PillarShare(p.key(), p.name(), weight, share(BigDecimal.valueOf(weight), BigDecimal.valueOf(totalWeight)),
					part[0].setScale(2, RoundingMode.HALF_UP), share(part[0], budgetTotal),
					part[1].setScale(2, RoundingMode.HALF_UP), share(part[1], fteTotal), counts.get(p.key()));
		}).toList();
		return new PortfolioShares(shares, totalBudget, totalFte, share(unallocatedBudget, totalBudget),
				share(unallocatedFte, totalFte));
	}

	static double share(BigDecimal part, BigDecimal whole) {
		if (whole.signum() == 0) {
			return 0;
		}
		return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP).doubleValue();
	}

}
