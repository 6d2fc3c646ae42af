package dev.plumbline.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application as a browser and an API client see it: form sign-up and sign-in with the CSRF token of
 * each form, a session cookie, then an API token issued from that session for the JSON calls.
 */
final class AppClient {

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final String base;

	private final HttpClient http;

	AppClient(String base) {
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/** Signs up (tolerating an existing account: the sign-in then decides) and signs in. */
	void signUpAndIn(String email, String name, String password) {
		post("/signup", Map.of("email", email, "displayName", name, "password", password), csrfOfForm("/signup"));
		HttpResponse<String> login = post("/login", Map.of("email", email, "password", password), csrfOfForm("/login"));
		String location = login.headers().firstValue("Location").orElse("");
		if (login.statusCode() != 302 || location.contains("/login")) {
			throw new IllegalStateException("sign-in of " + email + " failed: HTTP " + login.statusCode() + " to '"
					+ location + "'");
		}
	}

	/** Issues an API token from the signed-in session (CSRF header from the home page's meta tag). */
	String issueToken(String name) {
		String csrf = match(CSRF_META, send(request("/").GET().build()).body(), "/");
		HttpResponse<String> response = send(request("/api/v1/me/tokens").header("Content-Type", "application/json")
			.header("X-CSRF-TOKEN", csrf)
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}"))
			.build());
		return json(expect(response, 201, "issuing an API token")).get("token").asString();
	}

	/** POSTs a file to the import API as a new organization; returns its JSON answer. */
	JsonNode importFile(String token, Path file, String slug) {
		String type = file.toString().endsWith(".json") ? "application/json" : "application/yaml";
		try {
			HttpResponse<String> response = send(request("/api/v1/orgs/import" + (slug == null ? "" : "?slug=" + slug)).timeout(Duration.ofMinutes(30))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", type)
				.POST(HttpRequest.BodyPublishers.ofFile(file))
				.build());
			return json(expect(response, 201, "importing " + file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	JsonNode getJson(String token, String path) {
		HttpResponse<String> response = send(request(path).header("Authorization", "Bearer " + token).GET().build());
		return json(expect(response, 200, "GET " + path));
	}

	private String csrfOfForm(String path) {
		return match(CSRF_INPUT, send(request(path).GET().build()).body(), path);
	}

	private HttpResponse<String> post(String path, Map<String, String> form, String csrf) {
		Map<String, String> fields = new LinkedHashMap<>(form);
		fields.put("_csrf", csrf);
		String body = fields.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofMinutes(2));
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(request.uri() + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	private static HttpResponse<String> expect(HttpResponse<String> response, int status, String what) {
		if (response.statusCode() != status) {
			String body = response.body();
			throw new IllegalStateException(what + " failed: HTTP " + response.statusCode() + " "
					+ (body.length() > 500 ? body.substring(0, 500) : body));
		}
		return response;
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	private static String match(Pattern pattern, String html, String path) {
		Matcher matcher = pattern.matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException(path + " shows no CSRF token (signed in? page changed?)");
		}
		return matcher.group(1);
	}

}
