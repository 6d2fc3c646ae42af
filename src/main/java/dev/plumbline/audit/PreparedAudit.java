package dev.plumbline.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.plumbline.audit.graph.AlignmentGraph;
import dev.plumbline.audit.rule.AuditRule;
import dev.plumbline.audit.rule.AuditRules;
import dev.plumbline.audit.rule.CheckInRules;
import dev.plumbline.audit.rule.PerceptionGapRule;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.PlanModel.CheckIn;
import dev.plumbline.interchange.PlanModel.KeyResult;
import dev.plumbline.interchange.PlanModel.Objective;

/**
 * An audit kept ready for the next change: the graph, the index's groups and the findings of every rule
 * but PERCEPTION_GAP, so that after a check-in only the findings that depend on that key result's
 * objective are judged again ({@link CheckInRules}) before the index is recomputed. The report after each
 * change equals {@link AuditEngine#run} on the changed organization (a property test holds it to that);
 * what cannot be changed in place is rebuilt in full. Plain Java, no Spring; not thread-safe on its own,
 * so every method is synchronized.
 */
public final class PreparedAudit {

	private final LocalDate asOf;

	private final Thresholds thresholds;

	private AlignmentGraph graph;

	private IndexCalculator calculator;

	/** The findings of the graph rules (not PERCEPTION_GAP), in report order. */
	private OrderedFindings graphFindings;

	private AuditReport report;

	/** How many changes could not be made in place and rebuilt everything (tests read it). */
	private int rebuilds;

	private PreparedAudit(OrganizationFile file, LocalDate asOf) {
		this.asOf = asOf;
		this.thresholds = Thresholds.of(file.audit());
		rebuild(file);
	}

	/** Audits {@code organization} in full as of {@code asOf} (already resolved, never null). */
	static PreparedAudit of(OrganizationFile organization, LocalDate asOf) {
		return new PreparedAudit(organization, asOf);
	}

	/** The report of the organization as it stands now. */
	public synchronized AuditReport report() {
		return this.report;
	}

	/** The organization as it stands now, with every change applied. */
	public synchronized OrganizationFile file() {
		return this.graph.file();
	}

	public LocalDate asOf() {
		return this.asOf;
	}

	/** After {@code checkIn} was added at the end of the key result's check-ins. */
	public synchronized AuditReport afterCheckIn(String objectiveKey, String keyResultKey, CheckIn checkIn) {
		List<CheckIn> checkIns = new ArrayList<>(keyResult(objectiveKey, keyResultKey).checkIns());
		checkIns.add(checkIn);
		return afterCheckIns(objectiveKey, keyResultKey, checkIns);
	}

	/**
	 * After the key result's check-ins became {@code checkIns} (in the order the file lists them): judges
	 * again only what depends on them, then the index.
	 * @throws IllegalArgumentException naming the objective or key result that does not exist
	 */
	public synchronized AuditReport afterCheckIns(String objectiveKey, String keyResultKey, List<CheckIn> checkIns) {
		return afterCheckIns(List.of(new KeyResultCheckIns(objectiveKey, keyResultKey, checkIns)));
	}

	/**
	 * After several key results' check-ins changed (a later change of the same key result wins): puts each
	 * in place, then judges what depends on any of them once and computes the index once — under a stream
	 * of check-ins the audit takes whatever arrived meanwhile in one step, instead of one step per check-in.
	 * Nothing is changed when a key is unknown.
	 * @throws IllegalArgumentException naming the objective or key result that does not exist
	 */
	public synchronized AuditReport afterCheckIns(List<KeyResultCheckIns> changes) {
		for (KeyResultCheckIns change : changes) {
			keyResult(change.objectiveKey(), change.keyResultKey());
		}
		Set<String> objectiveKeys = new LinkedHashSet<>();
		List<Objective> rebuiltObjectives = null;
		for (KeyResultCheckIns change : changes) {
			Objective updated = withCheckIns(objective(change.objectiveKey()), change.keyResultKey(), change.checkIns());
			objectiveKeys.add(updated.key());
			if (rebuiltObjectives == null && this.graph.replaceObjective(updated)) {
				continue;
			}
			// what the graph cannot change in place (a cycle, a changed key set) is rebuilt from the file
			if (rebuiltObjectives == null) {
				rebuiltObjectives = new ArrayList<>(this.graph.file().objectives());
			}
			// the graph no longer changes: its objective's position is the one to replace
			int position = this.graph.file().objectives().indexOf(this.graph.objective(updated.key()));
			rebuiltObjectives.set(position,
					withCheckIns(rebuiltObjectives.get(position), change.keyResultKey(), change.checkIns()));
		}
		if (rebuiltObjectives != null) {
			rebuild(this.graph.file().withObjectives(rebuiltObjectives));
			this.rebuilds++;
			return this.report;
		}
		CheckInRules.Rejudged rejudged = CheckInRules.rejudge(this.graph, objectiveKeys, this.asOf, this.thresholds);
		Set<String> subjects = rejudged.subjects();
		// the cheap tests first: most findings are of other codes or other subjects
		this.graphFindings = this.graphFindings.without(finding -> CheckInRules.CODES.contains(finding.code())
				&& subjects.contains(finding.subject().key()) && rejudged.scope().contains(CheckInRules.scopeKey(finding)))
			.with(rejudged.findings(), this.calculator);
		this.report = finish();
		return this.report;
	}

	private static Objective withCheckIns(Objective old, String keyResultKey, List<CheckIn> checkIns) {
		List<KeyResult> keyResults = new ArrayList<>(old.keyResults());
		for (int i = 0; i < keyResults.size(); i++) {
			KeyResult kr = keyResults.get(i);
			if (kr.key().equals(keyResultKey)) {
				keyResults.set(i, new KeyResult(kr.key(), kr.title(), kr.unit(), kr.baseline(), kr.target(),
						kr.direction(), checkIns));
				break;
			}
		}
		return new Objective(old.key(), old.title(), old.description(), old.owner(), old.team(), old.parent(),
				old.pillars(), old.priority(), old.start(), old.due(), old.status(), keyResults);
	}

	/** One key result's check-ins as they now stand, in file order, with its key and its objective's. */
	public record KeyResultCheckIns(String objectiveKey, String keyResultKey, List<CheckIn> checkIns) {
	}

	synchronized int rebuilds() {
		return this.rebuilds;
	}

	private Objective objective(String objectiveKey) {
		Objective objective = this.graph.objective(objectiveKey);
		if (objective == null) {
			throw new IllegalArgumentException("objective: no objective with the key '" + objectiveKey + "'");
		}
		return objective;
	}

	private KeyResult keyResult(String objectiveKey, String keyResultKey) {
		for (KeyResult kr : objective(objectiveKey).keyResults()) {
			if (kr.key().equals(keyResultKey)) {
				return kr;
			}
		}
		throw new IllegalArgumentException("keyResult: objective '" + objectiveKey + "' has no key result with the key '"
				+ keyResultKey + "'");
	}

	private void rebuild(OrganizationFile file) {
		this.graph = AlignmentGraph.of(file);
		this.calculator = new IndexCalculator(this.graph);
		List<Finding> findings = new ArrayList<>();
		for (AuditRule rule : AuditRules.graphRules()) {
			findings.addAll(rule.apply(this.graph, this.asOf, this.thresholds));
		}
		this.graphFindings = OrderedFindings.of(findings, this.calculator);
		this.report = finish();
	}

	/** PERCEPTION_GAP against the teams' index measured from the other findings, then the final index. */
	private AuditReport finish() {
		OrderedFindings ordered = this.graphFindings;
		if (PerceptionGapRule.applies(this.graph, this.asOf)) {
			AlignmentIndex measured = ordered.index(this.calculator);
			ordered = ordered.with(new PerceptionGapRule(this.calculator.measuredTeams(measured)).apply(this.graph,
					this.asOf, this.thresholds), this.calculator);
		}
		OrganizationFile file = this.graph.file();
		String name = file.organization() == null ? null : file.organization().name();
		return new AuditReport(name, this.asOf, ordered.index(this.calculator), ordered.findings());
	}

}
