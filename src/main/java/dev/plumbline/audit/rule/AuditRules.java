package dev.plumbline.audit.rule;

import java.util.List;

/**
 * Every rule that needs nothing but the graph, in the order of "Audit findings v1". PERCEPTION_GAP is not
 * here: it needs the teams' measured index, which the engine computes from these rules' findings.
 */
public final class AuditRules {

	private AuditRules() {
	}

	public static List<AuditRule> graphRules() {
		return List.of(new OrphanInitiativeRule(), new ZombieInitiativeRule(), new UncoveredPillarRule(),
				new SmartSpecificRule(), new SmartMeasurableRule(), new SmartAchievableRule(), new SmartRelevantRule(),
				new SmartTimeboundRule(), new UnownedRule(), new OffTrackRule(), new StaleObjectiveRule(),
				new MisallocatedResourcesRule(), new OverloadedOwnerRule(), new StaleKpiRule(), new KpiRedRule(),
				new EmptySeatRule(), new SeatWithoutPurposeRule(), new ValuesMisfitRule(), new WrongSeatRule(),
				new UnaddressedPainPointRule(), new DecisionAgainstMissionRule(), new DecisionRevisitDueRule(),
				new LowAlignmentSentimentRule(), new UnresolvedConcernRule(), new ReviewOverdueRule());
	}

}
