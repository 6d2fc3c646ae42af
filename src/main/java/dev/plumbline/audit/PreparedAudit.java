package dev.plumbline.audit;

import java.time.LocalDate;
import java.util.ArrayList;
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
		Objective old = objective(objectiveKey);
		List<KeyResult> keyResults = new ArrayList<>(old.keyResults());
		KeyResult kr = keyResult(objectiveKey, keyResultKey);
		keyResults.set(keyResults.indexOf(kr), new KeyResult(kr.key(), kr.title(), kr.unit(), kr.baseline(),
				kr.target(), kr.direction(), checkIns));
		Objective updated = new Objective(old.key(), old.title(), old.description(), old.owner(), old.team(),
				old.parent(), old.pillars(), old.priority(), old.start(), old.due(), old.status(), keyResults);
		if (!this.graph.replaceObjective(updated)) {
			List<Objective> objectives = new ArrayList<>(this.graph.file().objectives());
			objectives.set(objectives.indexOf(old), updated);
			rebuild(this.graph.file().withObjectives(objectives));
			this.rebuilds++;
			return this.report;
		}
		CheckInRules.Rejudged rejudged = CheckInRules.rejudge(this.graph, objectiveKey, this.asOf, this.thresholds);
		Set<String> subjects = rejudged.subjects();
		// the cheap tests first: most findings are of other codes or other subjects
		this.graphFindings = this.graphFindings.without(finding -> CheckInRules.CODES.contains(finding.code())
				&& subjects.contains(finding.subject().key()) && rejudged.scope().contains(CheckInRules.scopeKey(finding)))
			.with(rejudged.findings(), this.calculator);
		this.report = finish();
		return this.report;
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
