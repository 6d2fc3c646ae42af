package dev.plumbline.organization;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<Account, UUID> {

	Optional<Account> findByEmail(String email);

	/** Counts a failed login atomically, so that parallel guesses are all counted. */
	@Modifying
	@Query("UPDATE account SET failed_logins = failed_logins + 1 WHERE email = :email")
	int countFailure(String email);

	@Modifying
	@Query("UPDATE account SET locked_until = :until, failed_logins = 0 WHERE email = :email AND failed_logins >= :max")
	int lockIfOver(String email, int max, Instant until);

	@Modifying
	@Query("UPDATE account SET failed_logins = 0, locked_until = NULL WHERE email = :email")
	int resetFailures(String email);

	/** A new password also lifts a lock-out: the person has just proven they own the e-mail. */
	@Modifying
	@Query("UPDATE account SET password_hash = :hash, failed_logins = 0, locked_until = NULL, version = version + 1 WHERE id = :id")
	int changePassword(UUID id, String hash);

}
