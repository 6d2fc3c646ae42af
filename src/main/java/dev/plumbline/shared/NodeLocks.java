package dev.plumbline.shared;

import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs a job on one node at a time when several app instances share the database: the job takes a named
 * row in the {@code shedlock} table (ShedLock, database time) and another node asking for the same name
 * meanwhile is told it did not run, instead of waiting. In-memory locks cannot do this, which is why the
 * demo seeding and the audit reruns go through here.
 */
@Component
public class NodeLocks {

	private final LockingTaskExecutor executor;

	NodeLocks(DataSource dataSource) {
		this.executor = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
			.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build()));
	}

	/**
	 * Runs {@code job} unless another node (or thread) holds the lock {@code name}.
	 * @param atMost how long the lock is kept if this node dies while holding it
	 * @return whether the job ran here
	 */
	public boolean runAlone(String name, Duration atMost, Runnable job) {
		LockConfiguration lock = new LockConfiguration(Instant.now(), name, atMost, Duration.ZERO);
		try {
			return this.executor.executeWithLock(() -> {
				job.run();
				return Boolean.TRUE;
			}, lock).wasExecuted();
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException("Job " + name + " failed", ex);
		}
	}

}
