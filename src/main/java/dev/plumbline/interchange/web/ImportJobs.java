package dev.plumbline.interchange.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.plumbline.interchange.ImportOrganization;
import dev.plumbline.interchange.InvalidFileException;
import dev.plumbline.shared.InvalidInputException;

/**
 * Runs page uploads in the background (two at a time) and keeps their state in memory, keyed by a
 * random id and visible only to the account that started them. Finished jobs are forgotten after an hour.
 */
@Component
class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private static final Duration KEEP = Duration.ofHours(1);

	private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
		Thread thread = new Thread(runnable, "organization-import");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

	private final SecureRandom random = new SecureRandom();

	private final Clock clock;

	ImportJobs(Clock clock) {
		this.clock = clock;
	}

	/** An import: reads the file, tells the job how many rows it holds, imports reporting to the job. */
	@FunctionalInterface
	interface Work {

		ImportOrganization.Imported run(ImportJob job);

	}

	/** Starts {@code work} in the background for the account. */
	ImportJob start(UUID accountId, String uploadPage, Work work) {
		forgetOld();
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		ImportJob job = new ImportJob(HexFormat.of().formatHex(bytes), accountId, this.clock.instant(), uploadPage);
		this.jobs.put(job.id(), job);
		this.executor.execute(() -> run(job, work));
		return job;
	}

	Optional<ImportJob> find(String id, UUID accountId) {
		return Optional.ofNullable(this.jobs.get(id)).filter(job -> job.accountId().equals(accountId));
	}

	private void run(ImportJob job, Work work) {
		try {
			ImportOrganization.Imported imported = work.run(job);
			job.done(imported.slug());
		}
		catch (InvalidFileException ex) {
			job.invalid(ex.problems());
		}
		catch (InvalidInputException ex) {
			job.invalid(ex.problems());
		}
		catch (RuntimeException ex) {
			log.warn("Import {} failed", job.id(), ex);
			job.failed("The import failed and nothing was changed. The server log has the details (import "
					+ job.id().substring(0, 8) + ").");
		}
	}

	private void forgetOld() {
		this.jobs.values()
			.removeIf(job -> !job.running() && job.started().plus(KEEP).isBefore(this.clock.instant()));
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

}
