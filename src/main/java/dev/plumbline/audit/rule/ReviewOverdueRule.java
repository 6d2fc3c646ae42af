package dev.plumbline.audit.rule;

import java.time.LocalDate;
import java.util.List;

import dev.plumbline.audit.Finding;
import dev.plumbline.audit.FindingCode;
import dev.plumbline.audit.Subject;
import dev.plumbline.audit.Thresholds;
import dev.plumbline.audit.graph.AlignmentGraph;
import dev.plumbline.interchange.PracticeModel.Review;
import dev.plumbline.interchange.PracticeModel.ReviewCadence;

/**
 * REVIEW_OVERDUE: the last strategy review (latest {@code held}; later in the file wins a tie) was held
 * more than its cadence before {@code asOf}: due on {@code held + cadence months}, overdue from the day
 * after. A review without a cadence is taken as quarterly. No review held at all: overdue as soon as the
 * organization has a strategy to review (a pillar, an objective or an initiative), with the subject
 * {@code review/none}; an empty organization has nothing to review.
 */
public final class ReviewOverdueRule implements AuditRule {

	/** The subject key used when no review was ever held. */
	public static final String NONE = "none";

	@Override
	public FindingCode code() {
		return FindingCode.REVIEW_OVERDUE;
	}

	@Override
	public List<Finding> apply(AlignmentGraph graph, LocalDate asOf, Thresholds thresholds) {
		Review last = null;
		for (Review review : graph.file().reviews()) {
			if (review.held() != null && (last == null || !review.held().isBefore(last.held()))) {
				last = review;
			}
		}
		if (last == null) {
			boolean hasStrategy = !graph.pillars().isEmpty() || !graph.file().objectives().isEmpty()
					|| !graph.file().initiatives().isEmpty();
			if (!hasStrategy) {
				return List.of();
			}
			return List.of(Findings.of(code(), new Subject("review", NONE, "No strategy review held"),
					Evidence.of().put("reviews", 0),
					"Hold a first strategy review and set its cadence (quarterly or bi-annual)."));
		}
		ReviewCadence cadence = last.cadence() == null ? ReviewCadence.QUARTERLY : last.cadence();
		LocalDate due = last.held().plusMonths(cadence.months());
		if (!due.isBefore(asOf)) {
			return List.of();
		}
		Subject subject = Subjects.review(last);
		return List.of(Findings.of(code(), subject,
				Evidence.of()
					.put("lastHeld", last.held())
					.put("cadence", cadence)
					.put("dueBy", due)
					.put("daysOverdue", Findings.daysBetween(due, asOf)),
				"Schedule the next strategy review now; build its agenda from this audit."));
	}

}
