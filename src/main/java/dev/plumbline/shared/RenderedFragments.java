package dev.plumbline.shared;

import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Template fragments rendered once for each distinct set of variables and reused while memory allows: the
 * rows of a list page are most of its rendering (the objectives list at scale L: half of the page's time for
 * fifty rows), and most views of a list show rows nobody changed since the last view.
 * <p>
 * A fragment is rendered with a plain (not a web) context, so it sees its variables and nothing else — not
 * the request, the session, the user or the CSRF token — and the same variables always make the same HTML:
 * that is what makes reusing it safe for every user, organization included (the variables name it). Links in
 * such a fragment are built from a {@code base} variable (context path included) as server-relative links
 * ({@code @{|~${base}/…|(…)}}), and it cannot hold forms. Variables are compared with {@code equals}: they
 * should be records, lists and maps of values, never entities that compare by identity. A fragment is kept
 * from its second rendering on, so that what is seen once does not push out what is seen often.
 */
@Component
public class RenderedFragments {

	private final ITemplateEngine templates;

	private final long bytesAtMost;

	/** Least recently used first; guarded by itself. */
	private final LinkedHashMap<Key, String> kept = new LinkedHashMap<>(256, 0.75f, true);

	/** The heap the kept HTML takes (a Latin-1 string one byte per character, any other two). */
	private long bytes;

	/**
	 * The hashes of fragments rendered recently (guarded by {@link #kept}). A fragment is kept the second time
	 * it is rendered: a page seen once (at scale L, most of 50,000 objectives' pages) would otherwise push out
	 * the rows and dashboards that are seen again and again. It remembers the last 256 Ki renderings (1 MiB):
	 * at scale L a team's rows come back after about 40,000 other rows. A false positive only decides whether
	 * something is kept, never which HTML a key gets.
	 */
	private final SeenRecently seen = new SeenRecently(1 << 22, 1 << 18);

	/**
	 * @param bytesAtMost bytes of heap the kept HTML takes at most ({@code plumbline.web.rendered-fragments-bytes},
	 * 64 MiB by default: at scale L the objectives list's 40,000 first-page rows take about 30 MiB)
	 */
	RenderedFragments(ITemplateEngine templates,
			@Value("${plumbline.web.rendered-fragments-bytes:67108864}") long bytesAtMost) {
		this.templates = templates;
		this.bytesAtMost = bytesAtMost;
	}

	/** The HTML of {@code fragment} of {@code template} with these variables, rendered now or before. */
	public String html(String template, String fragment, Map<String, Object> variables, Locale locale) {
		Key key = new Key(template, fragment, Collections.unmodifiableMap(new HashMap<>(variables)), locale);
		String html;
		synchronized (this.kept) {
			html = this.kept.get(key);
		}
		if (html != null) {
			return html;
		}
		html = this.templates.process(template, Set.of(fragment), new Context(locale, key.variables()));
		keep(key, html);
		return html;
	}

	/** How many fragments are kept (for tests). */
	int size() {
		synchronized (this.kept) {
			return this.kept.size();
		}
	}

	/** How many bytes the kept HTML takes (for tests). */
	long bytes() {
		synchronized (this.kept) {
			return this.bytes;
		}
	}

	/** What {@code html} takes on the heap: compact strings hold Latin-1 text in one byte per character. */
	static long bytesOf(String html) {
		for (int i = 0; i < html.length(); i++) {
			if (html.charAt(i) > 0xFF) {
				return 2L * html.length();
			}
		}
		return html.length();
	}

	private void keep(Key key, String html) {
		long size = bytesOf(html);
		if (size > this.bytesAtMost / 4) {
			return;
		}
		synchronized (this.kept) {
			if (!this.seen.record(key.hashCode())) {
				return;
			}
			String before = this.kept.put(key, html);
			this.bytes += size - (before == null ? 0 : bytesOf(before));
			Iterator<String> eldest = this.kept.values().iterator();
			while (this.bytes > this.bytesAtMost && eldest.hasNext()) {
				this.bytes -= bytesOf(eldest.next());
				eldest.remove();
			}
		}
	}

	/** Everything a fragment's HTML depends on; its hash is computed once (the variables may be large). */
	private static final class Key {

		private final String template;

		private final String fragment;

		private final Map<String, Object> variables;

		private final Locale locale;

		private final int hash;

		Key(String template, String fragment, Map<String, Object> variables, Locale locale) {
			this.template = template;
			this.fragment = fragment;
			this.variables = variables;
			this.locale = locale;
			this.hash = Objects.hash(template, fragment, variables, locale);
		}

		Map<String, Object> variables() {
			return this.variables;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && this.hash == key.hash && this.template.equals(key.template)
					&& this.fragment.equals(key.fragment) && this.locale.equals(key.locale)
					&& this.variables.equals(key.variables);
		}

		@Override
		public int hashCode() {
			return this.hash;
		}

	}

}
