package dev.plumbline.organization.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.plumbline.PlumblineIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Without an SMTP server, reset cannot work: the page says so and the log says why, rather than
 * pretending a link went out.
 */
@PlumblineIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PasswordResetUnavailableIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void withoutSmtpThePageSaysResetIsUnavailableAndTheLogSaysWhy(CapturedOutput output) {
		assertThat(this.mvc.get().uri("/forgot-password")).hasStatusOk()
			.bodyText()
			.contains("Password reset by e-mail is not available here")
			.doesNotContain("Send me a link");
		assertThat(this.mvc.post().uri("/forgot-password").param("email", "someone@example.org").with(csrf()))
			.hasStatus(503)
			.bodyText()
			.contains("not available here")
			.doesNotContain("on its way");
		assertThat(output).contains("Password reset is unavailable: configure an SMTP server with spring.mail.host");
	}

}
