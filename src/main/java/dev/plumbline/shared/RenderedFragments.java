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


	private static final int SEEN_SLOTS = 1 << 14;

	private final ITemplateEngine templates;

	private final long charsAtMost;

	/** Least recently used first; guarded by itself. */
	private final LinkedHashMap<Key, String> kept = new LinkedHashMap<>(256, 0.75f, true);

	private long chars;

	/**
	 * The hashes of fragments rendered once and not kept yet, one per slot (a slot is the hash's low bits;
	 * guarded by {@link #kept}). A fragment is kept the second time it is rendered: a page seen once (at scale L,
	 * most of 50,000 objectives' pages) would otherwise push out the rows and dashboards that are seen again and
	 * again. A collision only decides whether something is kept, never which HTML a key gets.
	 */
	private final int[] seenOnce = new int[SEEN_SLOTS];

	/**
	 * @param charsAtMost characters of HTML kept at most ({@code plumbline.web.rendered-fragments-chars}, 32 Mi by
	 * default: about as many bytes of heap for Latin-1 pages, twice that otherwise)
	 */
	RenderedFragments(ITemplateEngine templates,
			@Value("${plumbline.web.rendered-fragments-chars:33554432}") long charsAtMost) {
		this.templates = templates;
		this.charsAtMost = charsAtMost;
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
		Context context = new Context(locale, key.variables());
		html = this.templates.process(template, Set.of(fragment), context);
		keep(key, html);
		return html;
	}

	/** How many fragments are kept (for tests). */
	int size() {
		synchronized (this.kept) {
			return this.kept.size();
		}
	}

	/** How many characters of HTML are kept (for tests). */
	long chars() {
		synchronized (this.kept) {
			return this.chars;
		}
	}

	private void keep(Key key, String html) {
		if (html.length() > this.charsAtMost / 4) {
			return;
		}
		synchronized (this.kept) {
			int slot = key.hashCode() & (SEEN_SLOTS - 1);
			if (this.seenOnce[slot] != key.hashCode()) {
				this.seenOnce[slot] = key.hashCode();
				return;
			}
			String before = this.kept.put(key, html);
			this.chars += html.length() - (before == null ? 0 : before.length());
			Iterator<String> eldest = this.kept.values().iterator();
			while (this.chars > this.charsAtMost && eldest.hasNext()) {
				this.chars -= eldest.next().length();
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
