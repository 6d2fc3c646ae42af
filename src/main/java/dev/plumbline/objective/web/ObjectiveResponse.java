package dev.plumbline.objective.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.plumbline.objective.Direction;
import dev.plumbline.objective.ObjectiveStatus;
import dev.plumbline.objective.ObjectiveViews.CheckInView;
import dev.plumbline.objective.ObjectiveViews.Detail;
import dev.plumbline.objective.ObjectiveViews.Item;
import dev.plumbline.objective.ObjectiveViews.KeyResultView;
import dev.plumbline.objective.SmartLinter;

/**
 * An objective as the API returns it: {@code progress} 0–100 with children rolled up; {@code smart} the
 * linter's verdict per letter (only on single objectives).
 */
record ObjectiveResponse(UUID id, String key, String title, String description, UUID ownerId, String ownerName,
		UUID teamId, String teamName, UUID parentId, List<String> pillars, int priority, LocalDate start, LocalDate due,
		ObjectiveStatus status, long version, double progress, List<KeyResultResponse> keyResults,
		List<SmartLinter.Hint> smart) {

	record KeyResultResponse(UUID id, String key, String title, String unit, BigDecimal baseline, BigDecimal target,
			Direction direction, BigDecimal current, Double progress, List<CheckInView> checkIns) {

		static KeyResultResponse of(KeyResultView k) {
			return new KeyResultResponse(k.id(), k.key(), k.title(), k.unit(), k.baseline(), k.target(), k.direction(),
					k.current(), k.progress(), k.checkIns());
		}

	}

	static ObjectiveResponse of(Item o) {
		return new ObjectiveResponse(o.id(), o.key(), o.title(), null, o.ownerId(), o.ownerName(), o.teamId(),
				o.teamName(), null, o.pillars(), o.priority(), o.start(), o.due(), o.status(), o.version(),
				round(o.progress()), null, null);
	}

	static ObjectiveResponse of(Detail d, LocalDate today) {
		Item o = d.objective();
		return new ObjectiveResponse(o.id(), o.key(), o.title(), d.description(), o.ownerId(), o.ownerName(),
				o.teamId(), o.teamName(), d.parent() == null ? null : d.parent().id(), o.pillars(), o.priority(),
				o.start(), o.due(), o.status(), o.version(), round(o.progress()),
				d.keyResults().stream().map(KeyResultResponse::of).toList(), SmartLinter.lint(d.facts(), today));
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
