package dev.plumbline.feedback;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code plumbline.feedback.anonymity-minimum}: the fewest responses a group (a survey, a team) must have
 * before any figure about it is shown (default 5).
 */
@ConfigurationProperties("plumbline.feedback")
public record FeedbackSettings(Integer anonymityMinimum) {

	public static final int DEFAULT_ANONYMITY_MINIMUM = 5;

	public FeedbackSettings {
		anonymityMinimum = anonymityMinimum == null ? DEFAULT_ANONYMITY_MINIMUM : Math.max(1, anonymityMinimum);
	}

}
