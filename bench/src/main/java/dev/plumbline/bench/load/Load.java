package dev.plumbline.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

/**
 * {@code Load BASE_URL FILE OUT_DIR [SLUG]}: signs up the bench user, imports the file into a new organization
 * through {@code POST /api/v1/orgs/import} and times it end to end (upload, read, store), then writes
 * {@code session.properties} and the CSV feeders {@code teams.csv}, {@code objectives.csv} and
 * {@code keyresults.csv} for Gatling and wrk. Prints {@code rows=… millis=… rowsPerSecond=…}.
 */
public final class Load {

	static final String EMAIL = "bench@example.org";

	static final String PASSWORD = "Tall-Gantry-2026-figures";

	/** Objectives fetched for the feeders (pages of 200): enough variety without a long setup. */
	private static final int FEEDER_OBJECTIVES = 1_000;

	/** Objectives whose key results take check-ins in the load test. */
	private static final int KEY_RESULT_OBJECTIVES = 100;

	private Load() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 3 && args.length != 4) {
			System.err.println("usage: Load BASE_URL FILE OUT_DIR [SLUG]");
			System.exit(2);
		}
		Path file = Path.of(args[1]);
		Path out = Files.createDirectories(Path.of(args[2]));
		AppClient app = new AppClient(args[0]);
		app.signUpAndIn(EMAIL, "Bench", PASSWORD);
		String token = app.issueToken("bench");
		long started = System.nanoTime();
		JsonNode imported = app.importFile(token, file, args.length == 4 ? args[3] : null);
		long millis = (System.nanoTime() - started) / 1_000_000;
		long rows = imported.get("rows").asLong();
		String slug = imported.get("slug").asString();
		String line = String.format(Locale.ROOT, "rows=%d millis=%d rowsPerSecond=%d slug=%s", rows, millis,
				millis == 0 ? 0 : rows * 1000 / millis, slug);
		System.out.println(line);
		writeFeeders(app, token, slug, out);
		Files.writeString(out.resolve("session.properties"), String.join("\n", "slug=" + slug, "token=" + token,
				"email=" + EMAIL, "password=" + PASSWORD, "importRows=" + rows, "importMillis=" + millis, ""));
	}

	private static void writeFeeders(AppClient app, String token, String slug, Path out) {
		List<String> teams = new ArrayList<>(List.of("id"));
		for (JsonNode team : app.getJson(token, "/api/v1/orgs/" + slug + "/teams")) {
			teams.add(team.get("id").asString());
		}
		List<String> objectives = new ArrayList<>(List.of("id"));
		List<String> keyResults = new ArrayList<>(List.of("id"));
		for (int page = 0; objectives.size() <= FEEDER_OBJECTIVES; page++) {
			JsonNode paged = app.getJson(token, "/api/v1/orgs/" + slug + "/objectives?status=ACTIVE&size=200&page=" + page);
			if (paged.get("items").isEmpty()) {
				break;
			}
			for (JsonNode objective : paged.get("items")) {
				objectives.add(objective.get("id").asString());
			}
		}
		// The list leaves the key results out; the detail of the first objectives names them.
		for (String id : objectives.subList(1, Math.min(objectives.size(), 1 + KEY_RESULT_OBJECTIVES))) {
			for (JsonNode keyResult : app.getJson(token, "/api/v1/orgs/" + slug + "/objectives/" + id).get("keyResults")) {
				keyResults.add(keyResult.get("id").asString());
			}
		}
		write(out.resolve("teams.csv"), teams);
		write(out.resolve("objectives.csv"), objectives);
		write(out.resolve("keyresults.csv"), keyResults);
	}

	private static void write(Path file, List<String> lines) {
		if (lines.size() < 2) {
			throw new IllegalStateException(file.getFileName() + ": the imported organization gave no ids");
		}
		try {
			Files.write(file, lines);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
