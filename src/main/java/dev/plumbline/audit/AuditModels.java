package dev.plumbline.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
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
	 * Moves the model to {@code revision} by the check-in on the key result, when it reflects exactly the
	 * revision before and today's date; otherwise (or when the key result is gone) returns empty and the
	 * caller rebuilds.
	 */
	Optional<Model> afterCheckIn(UUID organizationId, UUID keyResultId, long revision) {
		Model model = this.models.get(organizationId);
		if (model == null || revision == AuditRevisions.UNKNOWN || model.revision() != revision - 1
				|| !model.audit().asOf().equals(LocalDate.now(this.clock))) {
			return Optional.empty();
		}
		Optional<CheckInHistory.KeyResultCheckIns> history = this.checkIns.of(organizationId, keyResultId);
		if (history.isEmpty()) {
			return Optional.empty();
		}
		try {
			model.audit().afterCheckIns(history.get().objectiveKey(), history.get().keyResultKey(), history.get().checkIns());
		}
		catch (IllegalArgumentException ex) {
			// the model does not know the key result: it missed a change
			this.models.remove(organizationId);
			return Optional.empty();
		}
		Model moved = new Model(model.audit(), revision);
		this.models.put(organizationId, moved);
		return Optional.of(moved);
	}

	Optional<Model> get(UUID organizationId) {
		return Optional.ofNullable(this.models.get(organizationId));
	}

	/** An organization's audit as of a revision. */
	record Model(PreparedAudit audit, long revision) {
	}

}
