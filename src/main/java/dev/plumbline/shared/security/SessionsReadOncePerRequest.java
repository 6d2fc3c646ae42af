package dev.plumbline.shared.security;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.ServletException;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Spring Session's JDBC store, read once per request and written only when something changed.
 * <p>
 * Spring Session's filter reads the requested session twice per request (it commits the session when the
 * response is committed and again when the filter ends, and the second commit finds the session again:
 * spring-session #1731) and saves it twice, the first save a transaction that moves the last access. Here,
 * within one request ({@link #scope}), the session found first is the session found again, and a session is
 * saved only when an attribute, its id or its timeout changed, or its last access moved by
 * {@link SessionAttributeUpserts#TOUCH_EVERY_MILLIS} or more since it was stored (the statement of
 * {@link SessionAttributeUpserts} keeps the same rule for writers that come in another way). Outside a
 * request, every call goes to the store.
 */
final class SessionsReadOncePerRequest implements FindByIndexNameSessionRepository<SessionsReadOncePerRequest.Tracked> {

	private static final ThreadLocal<Map<String, Tracked>> FOUND = new ThreadLocal<>();

	private final FindByIndexNameSessionRepository<Session> store;

	@SuppressWarnings("unchecked")
	SessionsReadOncePerRequest(FindByIndexNameSessionRepository<? extends Session> store) {
		this.store = (FindByIndexNameSessionRepository<Session>) store;
	}

	/**
	 * Runs {@code request} with sessions found once; a nested call (an error or include dispatch in the same
	 * thread) shares the outer request's.
	 */
	static void scope(Work request) throws IOException, ServletException {
		if (FOUND.get() != null) {
			request.run();
			return;
		}
		FOUND.set(new HashMap<>(4));
		try {
			request.run();
		}
		finally {
			FOUND.remove();
		}
	}

	@Override
	public Tracked createSession() {
		return new Tracked(this.store.createSession(), true);
	}

	@Override
	public void save(Tracked session) {
		if (session.needsWrite()) {
			this.store.save(session.stored);
			session.written();
			Map<String, Tracked> found = FOUND.get();
			if (found != null && found.containsValue(session)) {
				found.put(session.getId(), session); // a new id (signing in) finds the same session
			}
		}
	}

	@Override
	public Tracked findById(String id) {
		Map<String, Tracked> found = FOUND.get();
		Tracked known = (found != null) ? found.get(id) : null;
		if (known != null && known.getId().equals(id)) {
			return known;
		}
		Session stored = SessionReadsWithoutTransaction.reading(() -> this.store.findById(id));
		if (stored == null) {
			return null;
		}
		Tracked session = new Tracked(stored, false);
		if (found != null) {
			found.put(id, session);
		}
		return session;
	}

	@Override
	public void deleteById(String id) {
		Map<String, Tracked> found = FOUND.get();
		if (found != null) {
			found.remove(id);
		}
		this.store.deleteById(id);
	}

	@Override
	public Map<String, Tracked> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, Tracked> sessions = new HashMap<>();
		SessionReadsWithoutTransaction.reading(() -> this.store.findByIndexNameAndIndexValue(indexName, indexValue))
			.forEach((id, stored) -> sessions.put(id, new Tracked(stored, false)));
		return sessions;
	}

	/** A request's work. */
	@FunctionalInterface
	interface Work {

		void run() throws IOException, ServletException;

	}

	/** A stored session that knows whether it has to be written. */
	static final class Tracked implements Session {

		private final Session stored;

		private boolean changed;

		private Instant writtenAccess;

		Tracked(Session stored, boolean created) {
			this.stored = stored;
			this.changed = created;
			this.writtenAccess = stored.getLastAccessedTime();
		}

		boolean needsWrite() {
			return this.changed || Duration.between(this.writtenAccess, this.stored.getLastAccessedTime())
				.toMillis() >= SessionAttributeUpserts.TOUCH_EVERY_MILLIS;
		}

		void written() {
			this.changed = false;
			this.writtenAccess = this.stored.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return this.stored.getId();
		}

		@Override
		public String changeSessionId() {
			this.changed = true;
			return this.stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.changed = true;
			this.stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			// Spring Security removes attributes it may have set (a saved request, a sign-in error) on many requests
			this.changed |= this.stored.getAttributeNames().contains(attributeName);
			this.stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.stored.getCreationTime();
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			this.stored.setLastAccessedTime(lastAccessedTime);
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.stored.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.changed = true;
			this.stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.stored.isExpired();
		}

	}

}
