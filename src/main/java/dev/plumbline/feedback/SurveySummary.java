package dev.plumbline.feedback;

import java.time.LocalDate;

import dev.plumbline.interchange.PracticeModel.Audience;

/**
 * A survey in a list: its questions and how many responses it has.
 */
public record SurveySummary(String key, String title, Audience audience, LocalDate date, int questions,
		long responses) {
}
