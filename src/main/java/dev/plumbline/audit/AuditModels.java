package dev.plumbline.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import dev.plumbline.interchange.ExportOrganization;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.objective.CheckInHistory;

/**
 * The in-memory audit model of each organization this node has audited: a {@link PreparedAudit} and the
 * revision of the organization it reflects. Built from the database when an organization is first audited
 * (on the audit thread, never on a request), then moved forward check-in by check-in; any change it cannot
 * take incrementally, a gap in revisions (a change made on another node, a lost event) or a new day
 * rebuilds it (ADR 0006). Only the audit thread changes models.
 */
@Component
class AuditModels {

	private final ExportOrganization export;

	private final AuditRevisions revisions;

	private final CheckInHistory checkIns;

	private final Clock clock;

	private final Map<UUID, Model> models = new ConcurrentHashMap<>();

	AuditModels(ExportOrganization export, AuditRevisions revisions, CheckInHistory checkIns, Clock clock) {
		this.export = export;
		this.revisions = revisions;
		this.checkIns = checkIns;
		this.clock = clock;
	}

	/**
	 * Builds the organization's model from the database: the whole organization, the slow path. The revision
	 * is read before the export, so a change committed in between makes the model look older than it is
	 * (a rebuild too many), never newer.
	 */
	Model rebuild(UUID organizationId) {
		long revision = this.revisions.currentOrCreate(organizationId);
		OrganizationFile file = this.export.export(organizationId);
		Model model = new Model(AuditEngine.prepare(file, LocalDate.now(this.clock)), revision);
		this.models.put(organizationId, model);
		return model;
	}

	/**
	 * Moves the model forward by check-ins that took the organization through consecutive revisions, when
	 * it reflects exactly the revision before the first and today's date; otherwise (or when a key result is
	 * gone) returns empty and the caller rebuilds. Each key result's check-ins are read once, as they stand
	 * now, and the model takes them all in one step.
	 */
	Optional<Model> afterCheckIns(UUID organizationId, List<CheckInAt> checkIns) {
		Model model = this.models.get(organizationId);
		List<CheckInAt> ordered = ordered(checkIns);
		if (model == null || ordered.isEmpty() || !model.audit().asOf().equals(LocalDate.now(this.clock))
				|| !consecutive(model.revision(), ordered)) {
			return Optional.empty();
		}
		Set<UUID> keyResults = new LinkedHashSet<>();
		ordered.forEach(checkIn -> keyResults.add(checkIn.keyResultId()));
		Map<UUID, CheckInHistory.KeyResultCheckIns> histories = this.checkIns.of(organizationId, keyResults);
		if (histories.size() != keyResults.size()) {
			return Optional.empty();
		}
		List<PreparedAudit.KeyResultCheckIns> changes = keyResults.stream()
			.map(histories::get)
			.map(history -> new PreparedAudit.KeyResultCheckIns(history.objectiveKey(), history.keyResultKey(),
					history.checkIns()))
			.toList();
		try {
			model.audit().afterCheckIns(changes);
		}
		catch (IllegalArgumentException ex) {
			// the model does not know a key result: it missed a change
			this.models.remove(organizationId);
			return Optional.empty();
		}
		Model moved = new Model(model.audit(), ordered.get(ordered.size() - 1).revision());
		this.models.put(organizationId, moved);
		return Optional.of(moved);
	}

	/**
	 * Whether the check-ins could be taken once revisions still missing between the model's and theirs
	 * arrive: all are newer than the model, none unknown, but they do not follow it one by one. Two
	 * check-ins committed at nearly the same moment reach the audit thread in either order; the later one
	 * waits a moment for the earlier instead of costing a full rerun.
	 */
	boolean lacksEarlier(UUID organizationId, List<CheckInAt> checkIns) {
		Model model = this.models.get(organizationId);
		List<CheckInAt> ordered = ordered(checkIns);
		return model != null && !ordered.isEmpty() && model.audit().asOf().equals(LocalDate.now(this.clock))
				&& ordered.get(0).revision() > model.revision() && !consecutive(model.revision(), ordered)
				&& ordered.stream().noneMatch(checkIn -> checkIn.revision() == AuditRevisions.UNKNOWN);
	}

	/**
	 * The check-ins the model does not reflect yet: a full rebuild reads the revision before the export, so
	 * check-ins of that revision or before are in it already (one still queued then must not cost another
	 * rerun). Without a model, all of them.
	 */
	List<CheckInAt> notReflected(UUID organizationId, List<CheckInAt> checkIns) {
		Model model = this.models.get(organizationId);
		if (model == null) {
			return checkIns;
		}
		return checkIns.stream()
			.filter(checkIn -> checkIn.revision() == AuditRevisions.UNKNOWN || checkIn.revision() > model.revision())
			.toList();
	}

	/**
	 * Forgets the organization's model before a rebuild: at scale L a model is a few hundred megabytes, and
	 * the old one kept until the new one is built doubled the heap a full rerun needs.
	 */
	void forget(UUID organizationId) {
		this.models.remove(organizationId);
	}

	private static List<CheckInAt> ordered(List<CheckInAt> checkIns) {
		return checkIns.stream().sorted(Comparator.comparingLong(CheckInAt::revision)).toList();
	}

	/** Whether the check-ins' revisions follow {@code revision} one by one, none missing or unknown. */
	private static boolean consecutive(long revision, List<CheckInAt> ordered) {
		long expected = revision;
		for (CheckInAt checkIn : ordered) {
			if (checkIn.revision() == AuditRevisions.UNKNOWN || checkIn.revision() != ++expected) {
				return false;
			}
		}
		return true;
	}

	Optional<Model> get(UUID organizationId) {
		return Optional.ofNullable(this.models.get(organizationId));
	}

	/** A check-in on the key result, which took the organization to the revision. */
	record CheckInAt(UUID keyResultId, long revision) {
	}

	/** An organization's audit as of a revision. */
	record Model(PreparedAudit audit, long revision) {
	}

}
