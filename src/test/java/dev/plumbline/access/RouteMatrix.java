package dev.plumbline.access;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.plumbline.organization.Permission;
import dev.plumbline.organization.Role;

/**
 * The checked-in role matrix, {@code src/test/resources/security/route-matrix.tsv}: one row per method and
 * path pattern, saying who may use it. Kept by hand on purpose, so that adding a route means deciding,
 * in review, who may call it.
 */
final class RouteMatrix {

	static final String RESOURCE = "/security/route-matrix.tsv";

	static final String HEADER = "METHOD\tPATH\tACCESS\tNOTES";

	private final Map<String, Row> rows;

	private RouteMatrix(Map<String, Row> rows) {
		this.rows = rows;
	}

	/**
	 * Who may use a route: {@code PUBLIC} (anyone, signed in or not), {@code SIGNED_IN} (any signed-in
	 * person; the route belongs to no organization), {@code OWN_CHECK_IN} (MANAGE_STRATEGY, or CHECK_IN on a
	 * record the caller's person owns) or a {@link Permission} the member's role must hold.
	 */
	record Row(String method, String path, String access, String notes) {

		String key() {
			return this.method + " " + this.path;
		}

		boolean isPublic() {
			return "PUBLIC".equals(this.access);
		}

		boolean allows(Role role) {
			return switch (this.access) {
				case "PUBLIC", "SIGNED_IN" -> true;
				case "OWN_CHECK_IN" -> role.may(Permission.MANAGE_STRATEGY);
				default -> role.may(Permission.valueOf(this.access));
			};
		}

		/**
		 * Whether the role may use the route on records its person owns. The fixture's members own nothing,
		 * so they are refused; as ownership is only known once the record is read, a malformed request may
		 * meet a 400 first.
		 */
		boolean allowsOwner(Role role) {
			return "OWN_CHECK_IN".equals(this.access) && role.may(Permission.CHECK_IN);
		}

	}

	static RouteMatrix load() {
		try (InputStream in = RouteMatrix.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + RESOURCE);
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static RouteMatrix parse(String text) {
		Map<String, Row> rows = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		String[] lines = text.split("\n");
		if (lines.length == 0 || !HEADER.equals(lines[0])) {
			throw new IllegalStateException(RESOURCE + " must start with the header line: " + HEADER);
		}
		for (int i = 1; i < lines.length; i++) {
			String line = lines[i];
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] cells = line.split("\t", -1);
			if (cells.length != 4) {
				problems.add("line " + (i + 1) + ": needs 4 tab-separated cells (" + HEADER + "), has " + cells.length);
				continue;
			}
			Row row = new Row(cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip());
			if (!validAccess(row.access())) {
				problems.add("line " + (i + 1) + ": ACCESS '" + row.access()
						+ "' is none of PUBLIC, SIGNED_IN, OWN_CHECK_IN or a Permission " + List.of(Permission.values()));
			}
			if (rows.put(row.key(), row) != null) {
				problems.add("line " + (i + 1) + ": " + row.key() + " is listed twice");
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException(RESOURCE + ":\n" + String.join("\n", problems));
		}
		return new RouteMatrix(rows);
	}

	private static boolean validAccess(String access) {
		if ("PUBLIC".equals(access) || "SIGNED_IN".equals(access) || "OWN_CHECK_IN".equals(access)) {
			return true;
		}
		try {
			Permission.valueOf(access);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	Row row(Route route) {
		Row row = this.rows.get(route.key());
		if (row == null) {
			throw new IllegalStateException(route.key() + " is not in " + RESOURCE);
		}
		return row;
	}

	List<Row> rows() {
		return List.copyOf(this.rows.values());
	}

	/** The roles that may use the row's route, in the order of {@link Role}. */
	static List<Role> allowed(Row row) {
		return java.util.Arrays.stream(Role.values()).filter(row::allows).toList();
	}

}
