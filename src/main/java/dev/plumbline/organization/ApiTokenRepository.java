package dev.plumbline.organization;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface ApiTokenRepository extends Repository<ApiToken, UUID> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByAccountIdOrderByCreatedAtDesc(UUID accountId);

	Optional<ApiToken> findByIdAndAccountId(UUID id, UUID accountId);

	@Modifying
	@Query("UPDATE api_token SET revoked_at = :now WHERE id = :id AND account_id = :accountId AND revoked_at IS NULL")
	int revoke(UUID id, UUID accountId, Instant now);

	@Modifying
	@Query("UPDATE api_token SET last_used_at = :now WHERE id = :id")
	void touch(UUID id, Instant now);

}
