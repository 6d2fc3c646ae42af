package dev.plumbline.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.UnaryOperator;

import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.PlanModel.CheckIn;
import dev.plumbline.interchange.PracticeModel.Concern;
import dev.plumbline.interchange.PracticeModel.Decision;
import dev.plumbline.interchange.PracticeModel.Fit;
import dev.plumbline.interchange.PlanModel.Initiative;
import dev.plumbline.interchange.PlanModel.KeyResult;
import dev.plumbline.interchange.PlanModel.Kpi;
import dev.plumbline.interchange.PlanModel.Measurement;
import dev.plumbline.interchange.PlanModel.Objective;
import dev.plumbline.interchange.PracticeModel.Review;
import dev.plumbline.interchange.PracticeModel.Story;
import dev.plumbline.interchange.PracticeModel.Survey;

/**
 * Moves every date of an organization file by the same number of days, so that the demo, written as
 * of one day, is always loaded as of today: its check-ins are as recent, and its problems as old, as
 * on the day it was written.
 */
final class DemoDates {

	private DemoDates() {
	}

	static OrganizationFile shift(OrganizationFile file, long days) {
		UnaryOperator<LocalDate> move = date -> date == null ? null : date.plusDays(days);
		return file.withAsOf(move.apply(file.asOf()))
			.withInitiatives(map(file.initiatives(), i -> new Initiative(i.key(), i.name(), i.description(), i.owner(),
					i.status(), move.apply(i.start()), move.apply(i.end()), i.budget(), i.fte(), i.pillars(),
					i.objectives(), i.addresses(), i.progress())))
			.withObjectives(map(file.objectives(), o -> new Objective(o.key(), o.title(), o.description(), o.owner(),
					o.team(), o.parent(), o.pillars(), o.priority(), move.apply(o.start()), move.apply(o.due()),
					o.status(), map(o.keyResults(), kr -> new KeyResult(kr.key(), kr.title(), kr.unit(), kr.baseline(),
							kr.target(), kr.direction(), map(kr.checkIns(), c -> new CheckIn(move.apply(c.date()),
									c.value(), c.confidence(), c.note())))))))
			.withKpis(map(file.kpis(), k -> new Kpi(k.key(), k.name(), k.unit(), k.owner(), k.pillars(), k.cadence(),
					k.target(), k.direction(), k.thresholds(),
					map(k.measurements(), m -> new Measurement(move.apply(m.date()), m.value())))))
			.withDecisions(map(file.decisions(), d -> new Decision(d.key(), d.title(), d.status(),
					move.apply(d.decidedOn()), move.apply(d.revisitOn()), d.owner(), new LinkedHashMap<>(d.scores()),
					new LinkedHashMap<>(d.checklist()))))
			.withFits(map(file.fits(), f -> new Fit(f.person(), f.seat(), move.apply(f.date()),
					new LinkedHashMap<>(f.values()), f.gwc(), f.notes())))
			.withSurveys(map(file.surveys(), s -> new Survey(s.key(), s.title(), s.audience(), move.apply(s.date()),
					s.questions(), s.responses())))
			.withConcerns(map(file.concerns(), c -> new Concern(c.key(), c.title(), c.raisedBy(), move.apply(c.raised()),
					c.status(), c.pillars())))
			.withReviews(map(file.reviews(), r -> new Review(r.key(), r.cadence(), move.apply(r.held()), r.outcomes())))
			.withStories(map(file.stories(), s -> new Story(s.key(), s.kind(), s.title(), s.body(), move.apply(s.date()),
					s.pillars())));
	}

	private static <T> List<T> map(List<T> items, UnaryOperator<T> change) {
		return items.stream().map(change).toList();
	}

}
