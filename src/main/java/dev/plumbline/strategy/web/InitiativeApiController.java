package dev.plumbline.strategy.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Requires;
import dev.plumbline.organization.Permission;
import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.shared.Paged;
import dev.plumbline.strategy.CreateInitiative;
import dev.plumbline.strategy.DeleteInitiative;
import dev.plumbline.strategy.InitiativeFilter;
import dev.plumbline.strategy.InitiativeQueries;
import dev.plumbline.strategy.InitiativeStatus;
import dev.plumbline.strategy.UpdateInitiative;

/**
 * {@code /api/v1/orgs/{slug}/initiatives}: paginated, filterable by pillar, owner and status.
 */
@RestController
@RequestMapping("/api/v1/orgs/{slug}/initiatives")
class InitiativeApiController {

	private final InitiativeQueries queries;

	private final CreateInitiative createInitiative;

	private final UpdateInitiative updateInitiative;

	private final DeleteInitiative deleteInitiative;

	InitiativeApiController(InitiativeQueries queries, CreateInitiative createInitiative,
			UpdateInitiative updateInitiative, DeleteInitiative deleteInitiative) {
		this.queries = queries;
		this.createInitiative = createInitiative;
		this.updateInitiative = updateInitiative;
		this.deleteInitiative = deleteInitiative;
	}

	@GetMapping
	Paged<InitiativeResponse> list(@PathVariable String slug, CurrentOrganization organization,
			@RequestParam(required = false) String pillar, @RequestParam(required = false) UUID owner,
			@RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.queries
			.page(organization.id(), new InitiativeFilter(pillar, owner, status(status)), Paged.page(page),
					Paged.size(size))
			.map(InitiativeResponse::of);
	}

	@Requires(Permission.MANAGE_STRATEGY)
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	InitiativeResponse create(@PathVariable String slug, CurrentOrganization organization,
			@RequestBody InitiativeRequest request) {
		organization.require(Permission.MANAGE_STRATEGY);
		return InitiativeResponse.of(
				this.queries.get(organization.id(), this.createInitiative.create(organization, request.toDraft())));
	}

	@GetMapping("/{id}")
	InitiativeResponse get(@PathVariable String slug, @PathVariable UUID id, CurrentOrganization organization) {
		return InitiativeResponse.of(this.queries.get(organization.id(), id));
	}

	/** Replaces the initiative; 409 when {@code version} is not the current version. */
	@Requires(Permission.MANAGE_STRATEGY)
	@PutMapping("/{id}")
	InitiativeResponse update(@PathVariable String slug, @PathVariable UUID id, CurrentOrganization organization,
			@RequestBody InitiativeRequest request) {
		organization.require(Permission.MANAGE_STRATEGY);
		if (request.version() == null) {
			throw new InvalidInputException("version", "is required: the version your change is based on");
		}
		this.updateInitiative.update(organization, id, request.version(), request.toDraft());
		return InitiativeResponse.of(this.queries.get(organization.id(), id));
	}

	@Requires(Permission.MANAGE_STRATEGY)
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String slug, @PathVariable UUID id, CurrentOrganization organization) {
		this.deleteInitiative.delete(organization, id);
	}

	private static InitiativeStatus status(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return InitiativeStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("status", "must be one of proposed, planned, active, paused, completed, cancelled");
		}
	}

}
