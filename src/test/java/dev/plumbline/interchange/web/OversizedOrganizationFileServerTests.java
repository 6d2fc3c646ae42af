package dev.plumbline.interchange.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * An organization file over {@code plumbline.interchange.max-file-size} (64 KB here) is refused with 413
 * and a message naming the limit: on the upload page, on the API, and on the real server where Tomcat's
 * multipart parser stops it before any controller runs. (Same settings as SignInHygieneServerTests, so
 * one application context serves both.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.servlet.session.timeout=2s", "plumbline.security.client.max-failed-logins=6",
				"plumbline.interchange.max-file-size=64KB", "plumbline.security.max-failed-logins=3" })
@AutoConfigureMockMvc
@Import(TestOrganizations.class)
class OversizedOrganizationFileServerTests {

	private static final String LIMIT = "larger than the limit of 64 KB";

	@LocalServerPort
	int port;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestOrganizations organizations;

	@Test
	void theUploadPageAndTheApiRefuseAnOversizedFileNamingTheLimit() {
		TestOrganization org = this.organizations.create();
		byte[] big = ("plumbline: 1\n# " + "x".repeat(100 * 1024) + "\n").getBytes(StandardCharsets.UTF_8);
		assertThat(this.mvc.post().uri("/o/{slug}/admin/interchange/import", org.slug()).multipart()
			.file(new MockMultipartFile("file", "big.yaml", "application/yaml", big))
			.with(org.admin().session()).with(csrf())).hasStatus(413)
			.bodyText()
			.contains("The organization file is " + LIMIT + " (plumbline.interchange.max-file-size).");
		assertThat(this.mvc.post().uri("/api/v1/orgs/{slug}/import", org.slug()).with(org.admin().session()).with(csrf())
			.contentType("application/yaml").content(big)).hasStatus(413)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains(LIMIT);
	}

	@Test
	void theRealServerRefusesAnOversizedMultipartUploadWith413NamingTheLimit() throws Exception {
		TestOrganization org = this.organizations.create();
		HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
		String login = http.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
		http.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("email=" + encode(org.admin().email()) + "&password="
					+ encode(TestOrganizations.PASSWORD) + "&_csrf=" + encode(between(login, "name=\"_csrf\" value=\"", "\""))))
			.build(), HttpResponse.BodyHandlers.ofString());
		String page = http.send(get("/orgs/import"), HttpResponse.BodyHandlers.ofString()).body();
		String token = between(page, "<meta name=\"_csrf\" content=\"", "\"");
		String boundary = "plumbline-boundary";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.yaml\"\r\n"
				+ "Content-Type: application/yaml\r\n\r\n" + "x".repeat(100 * 1024) + "\r\n--" + boundary + "--\r\n";
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/orgs/import"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("X-CSRF-TOKEN", token)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
		assertThat(response.body()).contains("The upload is larger than the limit of 64 KB");
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(uri(path)).GET().build();
	}

	private static String between(String text, String before, String after) {
		int start = text.indexOf(before);
		assertThat(start).as("'" + before + "' in the page").isNotNegative();
		start += before.length();
		return text.substring(start, text.indexOf(after, start));
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
