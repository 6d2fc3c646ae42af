package dev.plumbline.charter;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;

import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Permission;
import dev.plumbline.shared.FieldProblem;
import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.shared.StaleVersionException;
import dev.plumbline.shared.UseCase;

/**
 * A leader saves the charter. Each save is a new version, made from the version the leader was looking
 * at: when someone else saved in between, nothing is written and the leader is told.
 */
@UseCase
public class ReviseCharter {

	private final CharterStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReviseCharter(CharterStore store, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @param basedOn the version the edit was made from (0 when no charter exists yet)
	 * @return the new version number
	 * @throws InvalidInputException listing every problem of the content
	 * @throws StaleVersionException when {@code basedOn} is no longer the current version
	 */
	public long revise(CurrentOrganization organization, long basedOn, CharterContent draft) {
		organization.require(Permission.EDIT_CHARTER);
		CharterContent content = CharterRules.normalize(draft);
		List<FieldProblem> problems = CharterRules.check(content);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		CharterContent previous = this.store.find(organization.id())
			.map(Charter::content)
			.orElse(CharterContent.EMPTY);
		long version = basedOn + 1;
		Instant now = this.clock.instant();
		try {
			boolean saved = (basedOn == 0) ? this.store.insert(organization.id(), content, now, organization.userId())
					: this.store.update(organization.id(), basedOn, content, now, organization.userId());
			if (!saved) {
				throw stale(organization, basedOn);
			}
		}
		catch (DuplicateKeyException | ConcurrencyFailureException ex) {
			throw stale(organization, basedOn);
		}
		String summary = (basedOn == 0) ? "Charter written"
				: CharterDiff.between(basedOn, previous, version, content).summary();
		this.store.replaceItems(organization.id(), content);
		this.store.insertVersion(organization.id(), version, content, now, organization.userId(),
				organization.user().displayName(), summary);
		this.events.publishEvent(new CharterRevised(organization.id(), organization.userId(), version, summary));
		return version;
	}

	/** Every problem the content has, without saving anything: for forms that already failed to bind. */
	public List<FieldProblem> problems(CharterContent draft) {
		return CharterRules.check(CharterRules.normalize(draft));
	}

	private StaleVersionException stale(CurrentOrganization organization, long basedOn) {
		long current = this.store.currentVersion(organization.id());
		return new StaleVersionException("The charter was changed meanwhile: you edited version " + basedOn
				+ ", it is now at version " + current + ". Reload it, then make your change again.", current);
	}

}
