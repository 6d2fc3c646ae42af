package dev.plumbline.interchange;

import dev.plumbline.interchange.PracticeModel.Fit;
import dev.plumbline.interchange.PracticeModel.FitRating;
import dev.plumbline.interchange.PracticeModel.Gwc;
import dev.plumbline.interchange.PlanModel.Person;
import dev.plumbline.interchange.PlanModel.Seat;
import dev.plumbline.interchange.PlanModel.Team;

import static dev.plumbline.interchange.Structures.list;
import static dev.plumbline.interchange.Structures.map;
import static dev.plumbline.interchange.Structures.object;
import static dev.plumbline.interchange.Types.BOOLEAN;
import static dev.plumbline.interchange.Types.DATE;
import static dev.plumbline.interchange.Types.KEY;
import static dev.plumbline.interchange.Types.TEXT;
import static dev.plumbline.interchange.Types.choice;
import static dev.plumbline.interchange.Types.ref;

/**
 * Teams, people, seats (the accountability chart) and fit assessments.
 */
final class PeopleShapes {

	static final Shape<Team> TEAM = Shape.of("team", v -> new Team(v.get("key"), v.get("name"), v.get("parent")))
		.required("key", KEY, Team::key)
		.required("name", TEXT, Team::name)
		.optional("parent", ref(Target.TEAM), Team::parent);

	static final Shape<Person> PERSON = Shape
		.of("person", v -> new Person(v.get("key"), v.get("name"), v.get("email"), v.get("team")))
		.required("key", KEY, Person::key)
		.required("name", TEXT, Person::name)
		.optional("email", Types.patterned("[^@\\s]+@[^@\\s]+", "must be an e-mail address"), Person::email)
		.optional("team", ref(Target.TEAM), Person::team);

	static final Shape<Seat> SEAT = Shape
		.of("seat",
				v -> new Seat(v.get("key"), v.get("title"), v.get("team"), v.get("reportsTo"), v.get("contribution"),
						v.list("responsibilities"), v.get("holder")))
		.required("key", KEY, Seat::key)
		.required("title", TEXT, Seat::title)
		.optional("team", ref(Target.TEAM), Seat::team)
		.optional("reportsTo", ref(Target.SEAT), Seat::reportsTo)
		.optional("contribution", TEXT, Seat::contribution)
		.optional("responsibilities", list(TEXT), Seat::responsibilities)
		.optional("holder", ref(Target.PERSON), Seat::holder);

	static final Shape<Gwc> GWC = Shape
		.of("gwc", v -> new Gwc(v.get("getsIt", false), v.get("wantsIt", false), v.get("capacity", false)))
		.required("getsIt", BOOLEAN, Gwc::getsIt)
		.required("wantsIt", BOOLEAN, Gwc::wantsIt)
		.required("capacity", BOOLEAN, Gwc::capacity);

	static final Shape<Fit> FIT = Shape
		.of("fit",
				v -> new Fit(v.get("person"), v.get("seat"), v.get("date"), v.get("values"), v.get("gwc"),
						v.get("notes")))
		.required("person", ref(Target.PERSON), Fit::person)
		.optional("seat", ref(Target.SEAT), Fit::seat)
		.required("date", DATE, Fit::date)
		.optional("values", map(true, Target.VALUE, choice(FitRating.class)), Fit::values)
		.optional("gwc", object(GWC), Fit::gwc)
		.optional("notes", TEXT, Fit::notes);

	private PeopleShapes() {
	}

}
