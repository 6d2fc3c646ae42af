package dev.plumbline.organization.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Permission;

/**
 * The organization's navigation in the layout: its items, which one is active for a path, and its HTML
 * (template {@code fragments/nav}). The HTML depends only on the organization's slug and name, the role,
 * the active items and the language, so it is rendered once for each and reused: evaluated on every page,
 * its eighty-odd expressions were a large share of a small page's rendering.
 */
@Component
class Navigation {

	/** More distinct navigations than this (organizations × roles × items × languages) start the cache afresh. */
	static final int CACHED_AT_MOST = 20_000;

	/** Each item (and each menu) of the navigation with the paths, below the organization's, that make it active. */
	static final List<Item> ITEMS = List.of(item("dashboard", p -> p.endsWith("/dashboard")),
			item("charter", p -> p.contains("/charter")),
			item("strategy", p -> p.contains("/objectives") || p.contains("/initiatives") || p.endsWith("/portfolio")
					|| p.endsWith("/roadmap") || p.contains("/scorecard") || p.contains("/kpis")),
			item("objectives", p -> p.contains("/objectives") && !p.contains("/my/")),
			item("myObjectives", p -> p.contains("/my/objectives")), item("initiatives", p -> p.contains("/initiatives")),
			item("portfolio", p -> p.endsWith("/portfolio")), item("roadmap", p -> p.endsWith("/roadmap")),
			item("scorecard", p -> p.contains("/scorecard") || p.contains("/kpis")),
			item("peopleMenu", p -> p.endsWith("/people") || p.contains("/seats") || p.contains("/fits")
					|| p.contains("/surveys")),
			item("people", p -> p.endsWith("/people")), item("seats", p -> p.contains("/seats")),
			item("fits", p -> p.contains("/fits")), item("surveys", p -> p.contains("/surveys")),
			item("practice", p -> p.contains("/journeys") || p.contains("/decisions") || p.contains("/concerns")
					|| p.contains("/reviews") || p.contains("/stories")),
			item("journeys", p -> p.contains("/journeys")), item("decisions", p -> p.contains("/decisions")),
			item("concerns", p -> p.contains("/concerns")), item("reviews", p -> p.contains("/reviews")),
			item("stories", p -> p.contains("/stories")),
			item("admin", p -> p.contains("/members") || p.contains("/activity") || p.contains("/admin/")),
			item("members", p -> p.contains("/members")), item("activity", p -> p.contains("/activity")),
			item("interchange", p -> p.contains("/admin/interchange")),
			item("auditSettings", p -> p.contains("/admin/audit-settings")));

	private final ITemplateEngine templates;

	private final Map<Key, String> rendered = new ConcurrentHashMap<>();

	Navigation(ITemplateEngine templates) {
		this.templates = templates;
	}

	/** The navigation's HTML for {@code organization} on the page at {@code requestPath} (context path included). */
	String html(CurrentOrganization organization, String contextPath, String requestPath, Locale locale) {
		String base = contextPath + "/o/" + organization.slug();
		Key key = new Key(base, organization.name(), organization.role().name(), active(base, requestPath), locale);
		String html = this.rendered.get(key);
		if (html == null) {
			if (this.rendered.size() >= CACHED_AT_MOST) {
				this.rendered.clear();
			}
			html = render(organization, key);
			this.rendered.put(key, html);
		}
		return html;
	}

	/** The items active on {@code requestPath}, judged on the part of the path below the organization's. */
	static Set<String> active(String base, String requestPath) {
		String path = requestPath.startsWith(base) ? requestPath.substring(base.length()) : requestPath;
		Set<String> active = new LinkedHashSet<>();
		for (Item item : ITEMS) {
			if (item.activeOn().test(path)) {
				active.add(item.name());
			}
		}
		return Set.copyOf(active);
	}

	private String render(CurrentOrganization organization, Key key) {
		Context context = new Context(key.locale());
		context.setVariable("base", key.base());
		context.setVariable("active", key.active());
		context.setVariable("mayViewFits", organization.may(Permission.VIEW_FITS));
		context.setVariable("mayViewTrail", organization.may(Permission.VIEW_TRAIL));
		context.setVariable("mayExchangeFiles", organization.may(Permission.EXCHANGE_FILES));
		context.setVariable("mayManageStrategy", organization.may(Permission.MANAGE_STRATEGY));
		return this.templates.process("fragments/nav", Set.of("nav"), context).strip();
	}

	private static Item item(String name, Predicate<String> activeOn) {
		return new Item(name, activeOn);
	}

	record Item(String name, Predicate<String> activeOn) {
	}

	/** Everything the HTML depends on; the role stands for the permissions it holds. */
	private record Key(String base, String name, String role, Set<String> active, Locale locale) {
	}

}
