package dev.plumbline.organization.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.plumbline.organization.IssueApiToken;
import dev.plumbline.organization.IssueApiToken.IssuedToken;
import dev.plumbline.organization.OrganizationQueries;
import dev.plumbline.organization.OrganizationQueries.TokenSummary;
import dev.plumbline.organization.RevokeApiToken;
import dev.plumbline.shared.ForbiddenException;
import dev.plumbline.shared.PlumblineUser;

/**
 * Personal API tokens. New tokens are issued only to a signed-in browser session (with its CSRF header),
 * never to a caller that itself holds a token.
 */
@RestController
@RequestMapping("/api/v1/me/tokens")
class TokenApiController {

	private final IssueApiToken issueApiToken;

	private final RevokeApiToken revokeApiToken;

	private final OrganizationQueries queries;

	TokenApiController(IssueApiToken issueApiToken, RevokeApiToken revokeApiToken, OrganizationQueries queries) {
		this.issueApiToken = issueApiToken;
		this.revokeApiToken = revokeApiToken;
		this.queries = queries;
	}

	record TokenRequest(String name) {
	}

	/** The token itself appears in this response only. */
	record TokenCreated(UUID id, String name, String token, String prefix, Instant createdAt) {
	}

	@PostMapping
	ResponseEntity<TokenCreated> issue(@AuthenticationPrincipal PlumblineUser user,
			@RequestBody(required = false) TokenRequest request) {
		if (user.viaApiToken()) {
			throw new ForbiddenException("A new API token can be created from a signed-in session only.");
		}
		IssuedToken issued = this.issueApiToken.issue(user, request == null ? null : request.name());
		return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + issued.id()))
			.body(new TokenCreated(issued.id(), issued.name(), issued.token(), issued.prefix(), issued.createdAt()));
	}

	@GetMapping
	List<TokenSummary> list(@AuthenticationPrincipal PlumblineUser user) {
		return this.queries.tokensOf(user.userId());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@AuthenticationPrincipal PlumblineUser user, @PathVariable UUID id) {
		this.revokeApiToken.revoke(user, id);
	}

}
