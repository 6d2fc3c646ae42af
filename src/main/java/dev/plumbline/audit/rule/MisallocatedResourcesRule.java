package dev.plumbline.audit.rule;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dev.plumbline.audit.Finding;
import dev.plumbline.audit.FindingCode;
import dev.plumbline.audit.Subject;
import dev.plumbline.audit.Thresholds;
import dev.plumbline.audit.graph.AlignmentGraph;
import dev.plumbline.interchange.PlanModel.Initiative;
import dev.plumbline.interchange.PlanModel.Pillar;

/**
 * MISALLOCATED_RESOURCES, per pillar and per measure (budget, then FTE): the pillar's share of the budget
 * (or FTE) of active initiatives differs from its share of the total pillar weight by more than
 * {@code misallocationTolerance} (0.5) of that weight share. As in the strategy module's portfolio: an
 * initiative's budget and FTE are split equally among the pillars it serves (directly or through its
 * objectives); the whole includes active initiatives that serve no pillar; a missing amount counts as 0; a
 * measure whose total is 0 is not judged. Shares are compared exactly, not rounded.
 */
public final class MisallocatedResourcesRule implements AuditRule {

	private static final MathContext MC = MathContext.DECIMAL64;

	@Override
	public FindingCode code() {
		return FindingCode.MISALLOCATED_RESOURCES;
	}

	@Override
	public List<Finding> apply(AlignmentGraph graph, LocalDate asOf, Thresholds thresholds) {
		int totalWeight = graph.totalPillarWeight();
		if (totalWeight <= 0) {
			return List.of();
		}
		List<Initiative> active = graph.file().initiatives().stream().filter(i -> Findings.active(i.status())).toList();
		Map<String, BigDecimal> budget = parts(graph, active, Initiative::budget);
		Map<String, BigDecimal> fte = parts(graph, active, Initiative::fte);
		BigDecimal totalBudget = total(active, Initiative::budget);
		BigDecimal totalFte = total(active, Initiative::fte);
		List<Finding> findings = new ArrayList<>();
		for (Pillar pillar : graph.pillars()) {
			BigDecimal weightShare = BigDecimal.valueOf(pillar.weight()).divide(BigDecimal.valueOf(totalWeight), MC);
			check(findings, pillar, "budget", budget, totalBudget, weightShare, thresholds);
			check(findings, pillar, "fte", fte, totalFte, weightShare, thresholds);
		}
		return findings;
	}

	private void check(List<Finding> findings, Pillar pillar, String measure, Map<String, BigDecimal> parts,
			BigDecimal total, BigDecimal weightShare, Thresholds thresholds) {
		if (total.signum() <= 0) {
			return;
		}
		BigDecimal part = parts.getOrDefault(pillar.key(), BigDecimal.ZERO);
		BigDecimal share = part.divide(total, MC);
		BigDecimal tolerance = weightShare.multiply(thresholds.misallocationTolerance(), MC);
		if (share.subtract(weightShare).abs().compareTo(tolerance) <= 0) {
			return;
		}
		Subject subject = Subjects.pillar(pillar);
		boolean over = share.compareTo(weightShare) > 0;
		String label = "fte".equals(measure) ? "FTE" : measure;
		findings.add(Findings.of(code(), subject,
				Evidence.of()
					.put("measure", measure)
					.put("share", percent(share))
					.put("weightShare", percent(weightShare))
					.put("amount", part.setScale(2, java.math.RoundingMode.HALF_UP))
					.put("total", total),
				(over ? "Move " + label + " away from " : "Put more " + label + " into ") + Subjects.quoted(subject)
						+ " so that its share of the " + label + " follows its weight, or change its weight."));
	}

	private static double percent(BigDecimal share) {
		return share.doubleValue() * 100;
	}

	private static Map<String, BigDecimal> parts(AlignmentGraph graph, List<Initiative> active,
			Function<Initiative, BigDecimal> amount) {
		Map<String, BigDecimal> parts = new HashMap<>();
		for (Initiative initiative : active) {
			Set<String> served = graph.pillarsOf(initiative);
			BigDecimal value = amount.apply(initiative);
			if (served.isEmpty() || value == null) {
				continue;
			}
			BigDecimal each = value.divide(BigDecimal.valueOf(served.size()), MC);
			served.forEach(p -> parts.merge(p, each, BigDecimal::add));
		}
		return parts;
	}

	private static BigDecimal total(List<Initiative> active, Function<Initiative, BigDecimal> amount) {
		return active.stream().map(amount).filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
