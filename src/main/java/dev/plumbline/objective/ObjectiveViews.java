package dev.plumbline.objective;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the read side returns: rows for lists, the whole objective for its page and the API. Progress is
 * 0–100 (see {@link Progress}); a key result's {@code progress} is null when it has no numeric target.
 */
public final class ObjectiveViews {

	private ObjectiveViews() {
	}

	/** Filters of the list; any may be null. */
	public record Filter(String pillar, UUID team, UUID owner, ObjectiveStatus status) {

		public static final Filter NONE = new Filter(null, null, null, null);

	}

	public record Item(UUID id, String key, String title, UUID ownerId, String ownerName, UUID teamId,
			String teamName, List<String> pillars, ObjectiveStatus status, LocalDate start, LocalDate due, int priority,
			long version, double progress) {

		public int percent() {
			return (int) Math.round(this.progress);
		}

	}

	public record CheckInView(LocalDate date, BigDecimal value, BigDecimal confidence, String note) {
	}

	public record KeyResultView(UUID id, String key, String title, String unit, BigDecimal baseline, BigDecimal target,
			Direction direction, BigDecimal current, BigDecimal confidence, LocalDate lastCheckIn, Double progress,
			List<CheckInView> checkIns) {

		public int percent() {
			return this.progress == null ? 0 : (int) Math.round(this.progress);
		}

	}

	public record Link(UUID id, String key, String title, ObjectiveStatus status, double progress) {

		public int percent() {
			return (int) Math.round(this.progress);
		}

	}

	/** One objective in full, for its page, its form and the API. */
	public record Detail(Item objective, String description, Link parent, List<KeyResultView> keyResults,
			List<Link> children, List<String> pillarsThroughChain) {

		public SmartLinter.Facts facts() {
			return new SmartLinter.Facts(this.objective.due(), this.pillarsThroughChain,
					this.keyResults.stream()
						.map(k -> new SmartLinter.KeyResultFacts(k.title(), k.baseline(), k.target(), k.direction(),
								k.checkIns().stream().map(c -> new SmartLinter.Point(c.date(), c.value())).toList()))
						.toList());
		}

	}

	/** An objective with its key results' latest values, for "My objectives". */
	public record Mine(Item objective, List<KeyResultView> keyResults) {
	}

}
