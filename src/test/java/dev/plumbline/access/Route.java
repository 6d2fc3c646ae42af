package dev.plumbline.access;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.MediaType;

import dev.plumbline.organization.Permission;

/**
 * One HTTP method on one path pattern of the application, as its request mapping declares it.
 *
 * @param method the HTTP method
 * @param path the path pattern, path variables in braces
 * @param consumes the media types the handler accepts (empty: any)
 * @param takesFile whether the handler reads an uploaded file (a multipart request)
 * @param requires the permission the handler's {@code @Requires} names, or null
 * @param handler the controller method, for failure messages
 */
record Route(String method, String path, List<MediaType> consumes, boolean takesFile, Permission requires,
		String handler) {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

	/** The key of the route in the matrix: method and path. */
	String key() {
		return this.method + " " + this.path;
	}

	boolean api() {
		return this.path.startsWith("/api/");
	}

	/** Whether the route belongs to one organization (its path names it by slug). */
	boolean organizational() {
		return this.path.startsWith("/o/{slug}") || this.path.startsWith("/api/v1/orgs/{slug}");
	}

	boolean writes() {
		return !"GET".equals(this.method);
	}

	/** The path variables besides the organization's slug. */
	List<String> recordVariables() {
		return variables().stream().filter(name -> !"slug".equals(name)).toList();
	}

	List<String> variables() {
		Matcher matcher = VARIABLE.matcher(this.path);
		List<String> names = new java.util.ArrayList<>();
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	/** The segment naming the kind of record a variable points at: "kpis" in /kpis/key/{key}. */
	String segmentBefore(String variable) {
		String[] segments = this.path.split("/");
		for (int i = 0; i < segments.length; i++) {
			if (segments[i].equals("{" + variable + "}")) {
				String before = segments[i - 1];
				return "key".equals(before) ? segments[i - 2] : before;
			}
		}
		throw new IllegalArgumentException(this.path + " has no variable " + variable);
	}

	@Override
	public String toString() {
		return key();
	}

}
