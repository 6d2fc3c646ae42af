package dev.plumbline.audit.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.plumbline.audit.Finding;
import dev.plumbline.audit.FindingCode;
import dev.plumbline.audit.Subject;
import dev.plumbline.audit.Thresholds;
import dev.plumbline.audit.graph.AlignmentGraph;
import dev.plumbline.interchange.PlanModel.Initiative;
import dev.plumbline.interchange.PlanModel.InitiativeStatus;

/**
 * ORPHAN_INITIATIVE: a proposed, planned or active initiative serves no charter pillar, neither directly
 * nor through any objective it lists (or their parents).
 */
public final class OrphanInitiativeRule implements AuditRule {

	static final Set<InitiativeStatus> LIVE = EnumSet.of(InitiativeStatus.PROPOSED, InitiativeStatus.PLANNED,
			InitiativeStatus.ACTIVE);

	@Override
	public FindingCode code() {
		return FindingCode.ORPHAN_INITIATIVE;
	}

	@Override
	public List<Finding> apply(AlignmentGraph graph, LocalDate asOf, Thresholds thresholds) {
		List<Finding> findings = new ArrayList<>();
		for (Initiative initiative : graph.file().initiatives()) {
			if (LIVE.contains(initiative.status()) && graph.pillarsOf(initiative).isEmpty()) {
				Subject subject = Subjects.initiative(initiative);
				findings.add(Findings.of(code(), subject,
						Evidence.of().put("status", initiative.status()).put("objectives", initiative.objectives()),
						"Link " + Subjects.quoted(subject) + " to a pillar or to an objective that serves one, or cancel it."));
			}
		}
		return findings;
	}

}
