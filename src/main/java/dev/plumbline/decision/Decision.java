package dev.plumbline.decision;

import java.time.LocalDate;
import java.util.List;

import dev.plumbline.interchange.PracticeModel.DecisionStatus;

/**
 * A decision of the log as pages and the API show it; scores (pillar or value key, −2..2) and the
 * checklist keep the order they were written in.
 */
public record Decision(String key, String title, DecisionStatus status, LocalDate decidedOn, LocalDate revisitOn,
		String ownerKey, String ownerName, List<Score> scores, List<ChecklistItem> checklist) {

	public Decision {
		scores = List.copyOf(scores);
		checklist = List.copyOf(checklist);
	}

	public record Score(String key, int score) {
	}

	public record ChecklistItem(String item, boolean ticked) {
	}

	/** Items ticked, out of all. */
	public long ticked() {
		return this.checklist.stream().filter(ChecklistItem::ticked).count();
	}

}
