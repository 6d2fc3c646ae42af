package dev.plumbline.shared.security;

import java.util.function.Supplier;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactions of Spring Session's JDBC store: a write in a new transaction of its own, as Spring
 * Session's default does; a read ({@link #reading}) in none. Finding a session is one {@code SELECT} (and,
 * for an expired one, one {@code DELETE}): alone, each statement is as atomic as inside a transaction,
 * and every request found its session in a transaction whose {@code BEGIN} and {@code COMMIT} cost a
 * round trip to the database more than the query.
 */
final class SessionReadsWithoutTransaction implements TransactionOperations {

	private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

	private final TransactionTemplate writes;

	SessionReadsWithoutTransaction(PlatformTransactionManager transactionManager) {
		this.writes = new TransactionTemplate(transactionManager);
		this.writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Runs the store's read; the store's statements it makes run without a transaction. */
	static <T> T reading(Supplier<T> read) {
		Boolean before = READING.get();
		READING.set(Boolean.TRUE);
		try {
			return read.get();
		}
		finally {
			if (before == null) {
				READING.remove();
			}
		}
	}

	@Override
	public <T> T execute(TransactionCallback<T> action) throws TransactionException {
		return (READING.get() != null) ? TransactionOperations.withoutTransaction().execute(action)
				: this.writes.execute(action);
	}

}
