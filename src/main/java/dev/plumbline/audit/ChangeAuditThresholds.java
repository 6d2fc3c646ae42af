package dev.plumbline.audit;

import org.springframework.context.ApplicationEventPublisher;

import dev.plumbline.interchange.AuditSettingsStore;
import dev.plumbline.interchange.PlanModel.AuditSettings;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Permission;
import dev.plumbline.shared.UseCase;

/**
 * Leaders and admins set their organization's audit thresholds (a blank one takes the default), from
 * the version they saw; the change is in the trail and the audit reruns with it.
 */
@UseCase
public class ChangeAuditThresholds {

	private final AuditSettingsStore store;

	private final ApplicationEventPublisher events;

	ChangeAuditThresholds(AuditSettingsStore store, ApplicationEventPublisher events) {
		this.store = store;
		this.events = events;
	}

	/** @return the new version */
	public long change(CurrentOrganization organization, AuditSettings settings, long expectedVersion) {
		organization.require(Permission.MANAGE_STRATEGY);
		long version = this.store.save(organization.id(), settings, expectedVersion);
		this.events.publishEvent(new AuditThresholdsChanged(organization.id(), organization.userId(), version));
		return version;
	}

}
