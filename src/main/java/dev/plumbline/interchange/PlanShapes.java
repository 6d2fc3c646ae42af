package dev.plumbline.interchange;

import java.math.BigDecimal;

import dev.plumbline.interchange.PlanModel.Cadence;
import dev.plumbline.interchange.PlanModel.CheckIn;
import dev.plumbline.interchange.PlanModel.Direction;
import dev.plumbline.interchange.PlanModel.Initiative;
import dev.plumbline.interchange.PlanModel.InitiativeStatus;
import dev.plumbline.interchange.PlanModel.KeyResult;
import dev.plumbline.interchange.PlanModel.Kpi;
import dev.plumbline.interchange.PlanModel.Measurement;
import dev.plumbline.interchange.PlanModel.Objective;
import dev.plumbline.interchange.PlanModel.ObjectiveStatus;
import dev.plumbline.interchange.PlanModel.Thresholds;

import static dev.plumbline.interchange.Structures.list;
import static dev.plumbline.interchange.Structures.object;
import static dev.plumbline.interchange.Types.DATE;
import static dev.plumbline.interchange.Types.KEY;
import static dev.plumbline.interchange.Types.TEXT;
import static dev.plumbline.interchange.Types.choice;
import static dev.plumbline.interchange.Types.decimal;
import static dev.plumbline.interchange.Types.ref;
import static dev.plumbline.interchange.Types.whole;

/**
 * Initiatives, objectives with key results and check-ins, and KPIs with measurements.
 */
final class PlanShapes {

	static final Shape<Initiative> INITIATIVE = Shape
		.of("initiative",
				v -> new Initiative(v.get("key"), v.get("name"), v.get("description"), v.get("owner"), v.get("status"),
						v.get("start"), v.get("end"), v.get("budget"), v.get("fte"), v.list("pillars"),
						v.list("objectives"), v.list("addresses"), v.get("progress")))
		.required("key", KEY, Initiative::key)
		.required("name", TEXT, Initiative::name)
		.optional("description", TEXT, Initiative::description)
		.optional("owner", ref(Target.PERSON), Initiative::owner)
		.required("status", choice(InitiativeStatus.class), Initiative::status)
		.optional("start", DATE, Initiative::start)
		.optional("end", DATE, Initiative::end)
		.optional("budget", decimal("0", null), Initiative::budget)
		.optional("fte", decimal("0", null), Initiative::fte)
		.optional("pillars", list(ref(Target.PILLAR)), Initiative::pillars)
		.optional("objectives", list(ref(Target.OBJECTIVE)), Initiative::objectives)
		.optional("addresses", list(ref(Target.PAIN_POINT)), Initiative::addresses)
		.optional("progress", whole(0, 100), Initiative::progress)
		.check(Checks.notBefore("end", "start"));

	static final Shape<CheckIn> CHECK_IN = Shape
		.of("checkIn", v -> new CheckIn(v.get("date"), v.get("value"), v.get("confidence"), v.get("note")))
		.required("date", DATE, CheckIn::date)
		.required("value", decimal(null, null), CheckIn::value)
		.optional("confidence", decimal("0", "1"), CheckIn::confidence)
		.optional("note", TEXT, CheckIn::note);

	static final Shape<KeyResult> KEY_RESULT = Shape
		.of("keyResult",
				v -> new KeyResult(v.get("key"), v.get("title"), v.get("unit"), v.get("baseline"), v.get("target"),
						v.get("direction"), v.list("checkIns")))
		.required("key", KEY, KeyResult::key)
		.required("title", TEXT, KeyResult::title)
		.optional("unit", TEXT, KeyResult::unit)
		.optional("baseline", decimal(null, null), KeyResult::baseline)
		.optional("target", decimal(null, null), KeyResult::target)
		.optional("direction", choice(Direction.class), KeyResult::direction)
		.optional("checkIns", list(object(CHECK_IN)), KeyResult::checkIns);

	/** Priority 0 or more (0 when not given). */
	static final Shape<Objective> OBJECTIVE = Shape
		.of("objective",
				v -> new Objective(v.get("key"), v.get("title"), v.get("description"), v.get("owner"), v.get("team"),
						v.get("parent"), v.list("pillars"), v.get("priority", 0), v.get("start"), v.get("due"),
						v.get("status"), v.list("keyResults")))
		.required("key", KEY, Objective::key)
		.required("title", TEXT, Objective::title)
		.optional("description", TEXT, Objective::description)
		.optional("owner", ref(Target.PERSON), Objective::owner)
		.optional("team", ref(Target.TEAM), Objective::team)
		.optional("parent", ref(Target.OBJECTIVE), Objective::parent)
		.optional("pillars", list(ref(Target.PILLAR)), Objective::pillars)
		.optional("priority", whole(0, null), Objective::priority)
		.optional("start", DATE, Objective::start)
		.optional("due", DATE, Objective::due)
		.required("status", choice(ObjectiveStatus.class), Objective::status)
		.optional("keyResults", list(object(KEY_RESULT)), Objective::keyResults)
		.check(Checks.notBefore("due", "start"));

	static final Shape<Thresholds> THRESHOLDS = Shape
		.of("thresholds", v -> new Thresholds(v.get("red"), v.get("green")))
		.required("red", decimal(null, null), Thresholds::red)
		.required("green", decimal(null, null), Thresholds::green);

	static final Shape<Measurement> MEASUREMENT = Shape
		.of("measurement", v -> new Measurement(v.get("date"), v.get("value")))
		.required("date", DATE, Measurement::date)
		.required("value", decimal(null, null), Measurement::value);

	static final Shape<Kpi> KPI = Shape
		.of("kpi",
				v -> new Kpi(v.get("key"), v.get("name"), v.get("unit"), v.get("owner"), v.list("pillars"),
						v.get("cadence"), v.get("target"), v.get("direction"), v.get("thresholds"),
						v.list("measurements")))
		.required("key", KEY, Kpi::key)
		.required("name", TEXT, Kpi::name)
		.optional("unit", TEXT, Kpi::unit)
		.optional("owner", ref(Target.PERSON), Kpi::owner)
		.optional("pillars", list(ref(Target.PILLAR)), Kpi::pillars)
		// A KPI is a measure with a cadence, a target and thresholds: without them it cannot be judged
		// (KPI_RED, STALE_KPI), and the kpi module's table requires them.
		.required("cadence", choice(Cadence.class), Kpi::cadence)
		.required("target", decimal(null, null), Kpi::target)
		.required("direction", choice(Direction.class), Kpi::direction)
		.required("thresholds", object(THRESHOLDS), Kpi::thresholds)
		.optional("measurements", list(object(MEASUREMENT)), Kpi::measurements)
		.check(PlanShapes::thresholdsAgreeWithTheDirection);

	private PlanShapes() {
	}

	/**
	 * As the KPI module has it: higher is better means red below green, lower is better red above green,
	 * and the target on the green side.
	 */
	private static void thresholdsAgreeWithTheDirection(Shape.Values kpi, Cursor cursor) {
		Direction direction = kpi.get("direction");
		Thresholds thresholds = kpi.get("thresholds");
		BigDecimal target = kpi.get("target");
		if (direction == null || thresholds == null || thresholds.green() == null) {
			return;
		}
		boolean increase = direction == Direction.INCREASE;
		BigDecimal red = thresholds.red();
		BigDecimal green = thresholds.green();
		if (red != null && (increase ? red.compareTo(green) >= 0 : red.compareTo(green) <= 0)) {
			cursor.push("thresholds");
			cursor.problemAt("red", red.toPlainString(), "must be " + (increase ? "below" : "above")
					+ " the green threshold (" + green.toPlainString() + ") when the direction is " + Types.name(direction));
			cursor.pop();
		}
		if (target != null && (increase ? target.compareTo(green) < 0 : target.compareTo(green) > 0)) {
			cursor.problemAt("target", target.toPlainString(), "must be on the green side: "
					+ (increase ? "at or above" : "at or below") + " the green threshold (" + green.toPlainString() + ")");
		}
	}

}
