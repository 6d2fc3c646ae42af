package dev.plumbline.interchange;

import java.time.Instant;
import java.util.UUID;

/**
 * Who imports into which organization and when; {@code progress} counts the rows written.
 */
public record ImportContext(UUID organizationId, UUID accountId, String accountName, Instant now,
		ImportProgress progress) {

}
