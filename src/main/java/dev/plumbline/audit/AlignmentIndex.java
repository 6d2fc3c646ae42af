package dev.plumbline.audit;

import java.util.List;

/**
 * The alignment index, 0–100, of the organization, each pillar and each team. Every point lost is a
 * {@link Deduction} naming the finding behind it, so "why is this 62?" always has an answer.
 */
public record AlignmentIndex(Score organization, List<Score> pillars, List<Score> teams) {

	/** One score: the group's key and name ({@code null} key for the organization), 0–100, and its deductions. */
	public record Score(String key, String name, int value, List<Deduction> deductions) {
	}

	/** Points lost to one finding. */
	public record Deduction(Finding finding, double points) {
	}

}
