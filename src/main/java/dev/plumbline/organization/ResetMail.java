package dev.plumbline.organization;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the reset link by e-mail through the SMTP server of {@code spring.mail.*}. Sending happens off
 * the request thread: the page answers as fast for an unknown e-mail as for a known one, so its timing
 * does not tell which addresses have accounts. A failure to send is logged as an error.
 */
@Component
class ResetMail {

	private static final Logger log = LoggerFactory.getLogger(ResetMail.class);

	private final ObjectProvider<JavaMailSender> mailSender;

	/** Its own threads (at most four at once): independent of whichever executors the app defines. */
	private final SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("password-reset-mail-");

	private final PasswordResetSettings settings;

	ResetMail(ObjectProvider<JavaMailSender> mailSender, PasswordResetSettings settings) {
		this.mailSender = mailSender;
		this.executor.setConcurrencyLimit(4);
		this.settings = settings;
	}

	/** False when no SMTP server is configured: reset by e-mail is then unavailable. */
	boolean available() {
		return this.mailSender.getIfAvailable() != null;
	}

	void send(String to, String displayName, String link) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			log.warn("Password reset asked for, but no SMTP server is configured (spring.mail.host): no e-mail sent");
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.settings.from());
		message.setTo(to);
		message.setSubject("Reset your Plumbline password");
		message.setText("Hello " + displayName + ",\n\n"
				+ "someone (we hope you) asked to reset the password of your Plumbline account.\n"
				+ "Open this link within " + this.settings.expiry().toMinutes() + " minutes to choose a new one:\n\n"
				+ link + "\n\n"
				+ "The link works once. If you did not ask for it, ignore this e-mail: your password stays as it is.\n");
		this.executor.execute(() -> {
			try {
				sender.send(message);
			}
			catch (MailException ex) {
				log.error("Could not send the password reset e-mail: {}", ex.getMessage(), ex);
			}
		});
	}

}
