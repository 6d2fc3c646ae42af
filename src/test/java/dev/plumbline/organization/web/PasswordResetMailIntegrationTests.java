package dev.plumbline.organization.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.plumbline.TestOrganizations;
import dev.plumbline.TestUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * "Forgot password?" end to end: the app sends a real e-mail over SMTP to GreenMail, the test reads the
 * link out of it and follows it, like a person would.
 */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=18125",
		"plumbline.security.password-reset.base-url=https://plumbline.example.org/",
		"plumbline.security.password-reset.per-email=2", "plumbline.security.password-reset.per-client=1000" })
@AutoConfigureMockMvc
@Import(TestOrganizations.class)
class PasswordResetMailIntegrationTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(18125, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	private static final Pattern LINK = Pattern.compile("https://plumbline\\.example\\.org(/reset-password\\?token=([A-Za-z0-9_-]+))");

	private static final String NEW_PASSWORD = "a fresh and private passphrase";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theEmailedLinkSetsANewPasswordOnceAndEndsTheOtherSessions() throws Exception {
		TestUser person = this.organizations.create().member();
		Cookie otherSession = signIn(person.email(), TestOrganizations.PASSWORD);
		assertThat(this.mvc.get().uri("/").cookie(otherSession)).hasStatusOk();
		Cookie apiSession = signIn(person.email(), TestOrganizations.PASSWORD);
		assertThat(this.mvc.get().uri("/api/v1/me/tokens").cookie(apiSession)).hasStatusOk();

		assertThat(this.mvc.post().uri("/forgot-password").param("email", person.email().toUpperCase()).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("If this e-mail has an account, a link to reset its password is on its way.");
		assertThat(mail.waitForIncomingEmail(15_000, 1)).as("the reset e-mail arrived").isTrue();
		MimeMessage message = mail.getReceivedMessages()[0];
		assertThat(message.getAllRecipients()[0].toString()).isEqualTo(person.email());
		Matcher link = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", ""));
		assertThat(link.find()).as("a link in: " + GreenMailUtil.getBody(message)).isTrue();
		String path = link.group(1);
		String token = link.group(2);

		// Stored hashed: the token itself is nowhere in the database.
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM password_reset WHERE token_hash = ?").param(token)
			.query(Integer.class).single()).isZero();
		assertThat(this.jdbc.sql("SELECT token_hash FROM password_reset pr JOIN account a ON a.id = pr.account_id WHERE a.email = ?")
			.param(person.email()).query(String.class).single()).hasSize(64).isNotEqualTo(token);

		assertThat(this.mvc.get().uri(path)).hasStatusOk().bodyText().contains("Choose a new password");
		assertThat(this.mvc.post().uri("/reset-password").param("token", token).param("password", "password1234!")
			.param("repeated", "password1234!").with(csrf())).hasStatusOk().bodyText().contains("too easy to guess");
		assertThat(this.mvc.post().uri("/reset-password").param("token", token).param("password", NEW_PASSWORD)
			.param("repeated", NEW_PASSWORD + "x").with(csrf())).hasStatusOk().bodyText().contains("differ");
		assertThat(this.mvc.post().uri("/reset-password").param("token", token).param("password", NEW_PASSWORD)
			.param("repeated", NEW_PASSWORD).with(csrf())).hasStatus(302).redirectedUrl().isEqualTo("/login?reset=");

		// Single use; the old password is gone, the new one works, the session opened before is ended.
		assertThat(this.mvc.get().uri(path)).hasStatus(404).bodyText().contains("unknown, already used or expired");
		assertThat(this.mvc.post().uri("/reset-password").param("token", token).param("password", "another private passphrase")
			.param("repeated", "another private passphrase").with(csrf())).bodyText().contains("unknown, already used or expired");
		assertThat(this.mvc.post().uri("/login").param("email", person.email()).param("password", TestOrganizations.PASSWORD)
			.with(csrf())).hasStatus(302).redirectedUrl().isEqualTo("/login?error");
		assertThat(signIn(person.email(), NEW_PASSWORD)).isNotNull();
		assertThat(this.mvc.get().uri("/").cookie(otherSession)).hasStatus(302).redirectedUrl().isEqualTo("/login?expired");
		assertThat(this.mvc.get().uri("/").cookie(otherSession)).hasStatus(302).redirectedUrl()
			.isEqualTo("/login");
		assertThat(this.mvc.get().uri("/api/v1/me/tokens").cookie(apiSession)).hasStatus(401).bodyText()
			.contains("This session was ended");
	}

	@Test
	void usingOneLinkSpendsTheOthersAndExpiredLinksDoNotWork() throws Exception {
		TestUser person = this.organizations.create().leader();
		requestLink(person.email());
		requestLink(person.email());
		assertThat(mail.waitForIncomingEmail(15_000, 2)).isTrue();
		String first = token(mail.getReceivedMessages()[0]);
		String second = token(mail.getReceivedMessages()[1]);
		assertThat(first).isNotEqualTo(second);
		assertThat(this.mvc.post().uri("/reset-password").param("token", second).param("password", NEW_PASSWORD)
			.param("repeated", NEW_PASSWORD).with(csrf())).hasStatus(302);
		assertThat(this.mvc.get().uri("/reset-password").param("token", first)).hasStatus(404);

		TestUser other = this.organizations.create().member();
		requestLink(other.email());
		assertThat(mail.waitForIncomingEmail(15_000, 3)).isTrue();
		String late = token(mail.getReceivedMessages()[2]);
		this.jdbc.sql("UPDATE password_reset SET expires_at = created_at WHERE account_id = (SELECT id FROM account WHERE email = ?)")
			.param(other.email()).update();
		assertThat(this.mvc.get().uri("/reset-password").param("token", late)).hasStatus(404);
		assertThat(this.mvc.get().uri("/reset-password").param("token", "made-up-token")).hasStatus(404);
		assertThat(this.mvc.get().uri("/reset-password")).hasStatus(400);
	}

	@Test
	void theAnswerIsTheSameForUnknownEmailsAndRequestsAreThrottledPerEmail() throws Exception {
		TestUser person = this.organizations.create().member();
		String known = this.mvc.post().uri("/forgot-password").param("email", person.email()).with(csrf()).exchange()
			.getResponse().getContentAsString();
		String unknown = this.mvc.post().uri("/forgot-password").param("email", "nobody-" + person.email()).with(csrf())
			.exchange().getResponse().getContentAsString();
		assertThat(withoutCsrf(unknown)).isEqualTo(withoutCsrf(known));

		requestLink(person.email()); // the second of two allowed in the window
		assertThat(this.mvc.post().uri("/forgot-password").param("email", person.email()).with(csrf())).hasStatus(429)
			.bodyText().contains("Too many reset requests");
		assertThat(this.mvc.post().uri("/forgot-password").param("email", "nobody-" + person.email()).with(csrf())).hasStatusOk();
		assertThat(mail.waitForIncomingEmail(15_000, 2)).isTrue();
		Thread.sleep(500);
		assertThat(mail.getReceivedMessages()).hasSize(2)
			.allSatisfy(m -> assertThat(m.getAllRecipients()[0].toString()).isEqualTo(person.email()));
	}

	@Test
	void theSignInPageOffersTheReset() {
		assertThat(this.mvc.get().uri("/login")).hasStatusOk().bodyText().contains("href=\"/forgot-password\"");
		assertThat(this.mvc.get().uri("/forgot-password")).hasStatusOk().bodyText().contains("Send me a link")
			.doesNotContain("not available");
	}

	private void requestLink(String email) {
		assertThat(this.mvc.post().uri("/forgot-password").param("email", email).with(csrf())).hasStatusOk();
	}

	private static String token(MimeMessage message) {
		Matcher link = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", ""));
		assertThat(link.find()).isTrue();
		return link.group(2);
	}

	/** Signs in through the form; the session lives in the shared session store, named by its cookie. */
	private Cookie signIn(String email, String password) {
		MvcTestResult result = this.mvc.post().uri("/login").param("email", email).param("password", password)
			.with(csrf()).exchange();
		assertThat(result).hasStatus(302).redirectedUrl().isEqualTo("/");
		Cookie cookie = result.getResponse().getCookie("JSESSIONID");
		assertThat(cookie).as("the session cookie in " + result.getResponse().getHeaders("Set-Cookie")).isNotNull();
		assertThat(cookie.isHttpOnly()).as("HttpOnly").isTrue();
		assertThat(cookie.getAttribute("SameSite")).isEqualTo("Lax");
		return cookie;
	}

	private static String withoutCsrf(String html) {
		return html.replaceAll("(value|content)=\"[A-Za-z0-9_-]{20,}\"", "$1=\"csrf\"");
	}

}
