package dev.plumbline.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.plumbline.objective.ManageObjectives;
import dev.plumbline.objective.ObjectiveDraft;
import dev.plumbline.objective.ObjectiveDraft.KeyResultDraft;
import dev.plumbline.objective.ObjectiveQueries;
import dev.plumbline.objective.ObjectiveStatus;
import dev.plumbline.objective.ObjectiveViews.KeyResultView;
import dev.plumbline.objective.RecordCheckIn;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.people.PeopleQueries;
import dev.plumbline.people.Person;
import dev.plumbline.people.Team;

/**
 * The demo's objectives: a three-level cascade over the teams (organization → team → clinic), with key
 * results and weekly check-ins over several months, dated relative to today and drawn from a fixed seed.
 * Some are deliberately off for the audit: one serves no pillar, one has no key result, one has no due
 * date, one is off track, one has had no check-in for 45 days. Marco (the demo member) owns several.
 * Needs the charter (pillars) and {@link DemoTeams} (teams and people) first.
 */
@Component
class DemoObjectives {

	private final ManageObjectives manage;

	private final RecordCheckIn recordCheckIn;

	private final ObjectiveQueries queries;

	private final PeopleQueries people;

	DemoObjectives(ManageObjectives manage, RecordCheckIn recordCheckIn, ObjectiveQueries queries, PeopleQueries people) {
		this.manage = manage;
		this.recordCheckIn = recordCheckIn;
		this.queries = queries;
		this.people = people;
	}

	/** A key result; {@code pace} is the share of the planned pace it actually keeps (1 = on plan). */
	record Kr(String key, String title, String unit, double baseline, Double target, double pace) {
	}

	/**
	 * {@code start}/{@code due}: days from today (due null: no due date). {@code lastCheckIn}: days ago of
	 * the latest check-in (0 = this week; 45 = stale).
	 */
	record Spec(String key, String title, String team, String owner, String parent, List<String> pillars, int start,
			Integer due, ObjectiveStatus status, int lastCheckIn, List<Kr> keyResults) {
	}

	static final List<Spec> OBJECTIVES = List.of(
			// level 1: the organization
			top("same-week-care", "Everyone who calls gets care within the week", "lena", List.of("access"), -150, 215,
					new Kr("seen-within-7-days", "Patients seen within 7 days of calling", "%", 52, 85.0, 1.0),
					new Kr("abandoned-calls", "Calls abandoned before answer", "%", 18, 6.0, 0.9)),
			top("measured-outcomes", "Clinical outcomes we measure and improve", "amara", List.of("quality"), -150, 215,
					new Kr("diabetes-control", "Diabetic patients with HbA1c under 8", "%", 58, 72.0, 0.8),
					new Kr("readmissions", "30-day readmissions", "%", 14, 9.0, 1.0)),
			top("healthy-neighbourhoods", "Keep the neighbourhoods out of the emergency room", "lena",
					List.of("prevention"), -150, 215,
					new Kr("screenings", "Preventive screenings per month", "screenings", 310, 600.0, 1.1)),
			top("funded-future", "A funding base that carries us three years", "lena", List.of("sustainability"), -150, 215,
					new Kr("reserve-months", "Months of operating reserve", "months", 2.5, 6.0, 0.9),
					new Kr("grant-share", "Share of income from the largest funder", "%", 46, 30.0, 0.8)),
			top("people-stay", "People who join us stay and grow", "amara", List.of("people"), -150, 215,
					new Kr("turnover", "Annual staff turnover", "%", 24, 15.0, 1.0)),
			// level 2: teams
			new Spec("clinic-capacity", "Add clinic capacity where waits are longest", "clinics", "priya", "same-week-care",
					List.of("access"), -140, 160, ObjectiveStatus.ACTIVE, 0,
					List.of(new Kr("extra-sessions", "Extra clinic sessions per week", "sessions", 0, 24.0, 1.0),
							new Kr("median-wait", "Median wait for a routine appointment", "days", 12, 5.0, 0.9))),
			new Spec("phone-triage", "Answer every call and triage it the same day", "clinics", "priya", "same-week-care",
					List.of(), -120, 120, ObjectiveStatus.ACTIVE, 0,
					List.of(new Kr("answered-3-min", "Calls answered within 3 minutes", "%", 55, 90.0, 1.0))),
			new Spec("care-pathways", "Evidence-based pathways for chronic care", "clinics", "priya", "measured-outcomes",
					List.of("quality"), -130, 180, ObjectiveStatus.ACTIVE, 0,
					List.of(new Kr("pathways-live", "Chronic conditions with a live pathway", "pathways", 1, 6.0, 1.0))),
			new Spec("outreach-screening", "Bring screening to where people are", "outreach", "sofia", "healthy-neighbourhoods",
					List.of("prevention"), -140, 150, ObjectiveStatus.ACTIVE, 0,
					List.of(new Kr("pop-up-days", "Pop-up screening days held", "days", 0, 30.0, 1.0),
							new Kr("first-time", "Screened people who never had one before", "%", 20, 45.0, 1.0))),
			new Spec("vaccination-drive", "Flu and COVID vaccination drive", "outreach", "sam", "healthy-neighbourhoods",
					List.of(), -100, 30, ObjectiveStatus.ACTIVE, 0,
					List.of(new Kr("doses", "Doses given", "doses", 0, 4000.0, 0.35),
							new Kr("over-65", "Over-65s vaccinated", "%", 38, 75.0, 0.3))),
			new Spec("diversify-funding", "Win funding beyond our two largest grants", "finance", "kwame", "funded-future",
					List.of("sustainability"), -150, 200, ObjectiveStatus.ACTIVE, 0,
					List.of(new Kr("new-funders", "New funders signed", "funders", 0, 5.0, 1.0),
							new Kr("income-new", "Income from new funders", "k€", 0, 400.0, 0.8))),
			new Spec("cost-per-visit", "Know and lower the cost of a visit", "finance", "yara", "funded-future",
					List.of(), -90, 180, ObjectiveStatus.ACTIVE, 45,
					List.of(new Kr("cost-visit", "Cost per visit", "€", 96, 82.0, 0.6))),
			new Spec("growth-paths", "A growth path for every clinician", "people-ops", "hana", "people-stay",
					List.of("people"), -120, 180, ObjectiveStatus.ACTIVE, 0,
					List.of(new Kr("development-plans", "Staff with a development plan", "%", 15, 90.0, 1.1),
							new Kr("internal-moves", "Posts filled from inside", "%", 10, 40.0, 0.9))),
			new Spec("wellbeing", "Lighten the load on front-line staff", "people-ops", "hana", "people-stay",
					List.of(), -110, 140, ObjectiveStatus.ACTIVE, 0,
					List.of(new Kr("overtime", "Overtime hours per person per month", "hours", 14, 6.0, 0.9),
							new Kr("pulse", "Pulse survey: 'I can do my job well'", "score", 3.1, 4.0, 1.0))),
			// level 3: clinics and sub-teams
			new Spec("eastside-evening", "Evening clinic at Eastside", "eastside", "marco", "clinic-capacity",
					List.of(), -120, 90, ObjectiveStatus.ACTIVE, 0,
					List.of(new Kr("evening-sessions", "Evening sessions per week", "sessions", 0, 4.0, 1.0),
							new Kr("evening-visits", "Visits in evening sessions per week", "visits", 0, 120.0, 0.9))),
			new Spec("eastside-no-shows", "Halve no-shows at Eastside", "eastside", "marco", "clinic-capacity",
					List.of(), -120, 120, ObjectiveStatus.ACTIVE, 0,
					List.of(new Kr("no-show-rate", "No-show rate", "%", 16, 8.0, 1.0),
							new Kr("sms-reminders", "Appointments with an SMS reminder", "%", 30, 95.0, 1.1))),
			new Spec("eastside-diabetes", "Diabetes group visits at Eastside", "eastside", "marco", "care-pathways",
					List.of(), -100, 150, ObjectiveStatus.ACTIVE, 0,
					List.of(new Kr("group-patients", "Patients in group visits", "patients", 0, 80.0, 0.8))),
			new Spec("eastside-front-desk", "A front desk that knows every patient's name", "eastside", "diego",
					"same-week-care", List.of(), -90, 120, ObjectiveStatus.ACTIVE, 0,
					List.of(new Kr("front-desk-survey", "Patients who felt welcome", "%", 71, 90.0, 1.0))),
			new Spec("riverbend-walk-in", "Walk-in mornings at Riverbend", "riverbend", "tom", "clinic-capacity",
					List.of(), -130, 100, ObjectiveStatus.ACTIVE, 0,
					List.of(new Kr("walk-in-mornings", "Walk-in mornings per week", "mornings", 0, 3.0, 1.0))),
			new Spec("riverbend-readmissions", "Follow up every discharge within 48 hours", "riverbend", "ines",
					"measured-outcomes", List.of("quality"), -120, 150, ObjectiveStatus.ACTIVE, 0,
					List.of(new Kr("followed-up", "Discharges followed up within 48 hours", "%", 35, 90.0, 1.0))),
			new Spec("riverbend-hypertension", "Blood pressure under control at Riverbend", "riverbend", "ines",
					"care-pathways", List.of(), -110, 160, ObjectiveStatus.ACTIVE, 0,
					List.of(new Kr("bp-control", "Hypertensive patients under 140/90", "%", 48, 65.0, 0.9))),
			new Spec("school-visits", "Health checks in every primary school", "outreach", "sam", "outreach-screening",
					List.of(), -120, 110, ObjectiveStatus.ACTIVE, 0,
					List.of(new Kr("schools", "Schools visited", "schools", 0, 14.0, 1.0))),
			new Spec("grant-applications", "Ten strong grant applications this year", "finance", "yara", "diversify-funding",
					List.of(), -150, 200, ObjectiveStatus.ACTIVE, 0,
					List.of(new Kr("applications", "Applications submitted", "applications", 0, 10.0, 1.0))),
			new Spec("mentoring", "Mentoring for every new nurse", "people-ops", "hana", "growth-paths",
					List.of(), -60, 120, ObjectiveStatus.PLANNED, 0,
					List.of(new Kr("mentored", "New nurses with a mentor", "%", 20, 100.0, 1.0))),
			new Spec("eastside-flu-clinic", "Run the Eastside flu clinic", "eastside", "marco", "vaccination-drive",
					List.of(), -200, -20, ObjectiveStatus.COMPLETED, 20,
					List.of(new Kr("flu-doses", "Flu doses given at Eastside", "doses", 0, 600.0, 1.05))),
			// deliberately off: no pillar anywhere up the chain, no key results, no due date
			new Spec("patient-portal", "Launch a new patient portal", "leadership", "lena", null, List.of(), -80, 160,
					ObjectiveStatus.ACTIVE, 0,
					List.of(new Kr("portal-accounts", "Patients with a portal account", "patients", 0, 2500.0, 0.7))),
			new Spec("board-governance", "Strengthen how the board works", "leadership", "amara", "funded-future",
					List.of(), -60, 150, ObjectiveStatus.ACTIVE, 0, List.of()),
			new Spec("green-clinics", "Greener clinics", "clinics", "tom", "funded-future", List.of("sustainability"),
					-90, null, ObjectiveStatus.ACTIVE, 0,
					List.of(new Kr("energy", "Energy use per visit", "kWh", 8.5, 6.0, 0.7))));

	private static Spec top(String key, String title, String owner, List<String> pillars, int start, int due, Kr... krs) {
		return new Spec(key, title, "leadership", owner, null, pillars, start, due, ObjectiveStatus.ACTIVE, 0, List.of(krs));
	}

	void seed(CurrentOrganization asLeader) {
		UUID org = asLeader.id();
		LocalDate today = LocalDate.now();
		Random random = new Random(20260301L);
		Map<String, UUID> ids = new HashMap<>();
		for (Spec spec : OBJECTIVES) {
			UUID owner = this.people.personByKey(org, spec.owner()).map(Person::id).orElse(null);
			UUID team = this.people.teamByKey(org, spec.team()).map(Team::id).orElse(null);
			List<KeyResultDraft> krs = spec.keyResults().stream()
				.map(k -> new KeyResultDraft(k.key(), k.title(), k.unit(), BigDecimal.valueOf(k.baseline()),
						k.target() == null ? null : BigDecimal.valueOf(k.target()), null))
				.toList();
			UUID id = this.manage.create(asLeader, new ObjectiveDraft(spec.key(), spec.title(), "", owner, team,
					spec.parent() == null ? null : ids.get(spec.parent()), spec.pillars(), null, today.plusDays(spec.start()),
					spec.due() == null ? null : today.plusDays(spec.due()), spec.status(), krs));
			ids.put(spec.key(), id);
			if (spec.status() != ObjectiveStatus.PLANNED) {
				checkIns(asLeader, spec, this.queries.detail(org, id).keyResults(), today, random);
			}
		}
	}

	/** Weekly-ish check-ins from the start to {@code lastCheckIn} days ago, following each key result's pace. */
	private void checkIns(CurrentOrganization asLeader, Spec spec, List<KeyResultView> keyResults, LocalDate today,
			Random random) {
		LocalDate start = today.plusDays(spec.start());
		LocalDate due = spec.due() == null ? today.plusDays(120) : today.plusDays(spec.due());
		LocalDate last = today.minusDays(spec.lastCheckIn());
		long span = Math.max(1, due.toEpochDay() - start.toEpochDay());
		for (int i = 0; i < keyResults.size(); i++) {
			KeyResultView view = keyResults.get(i);
			Kr kr = spec.keyResults().get(i);
			double target = kr.target() == null ? kr.baseline() : kr.target();
			List<LocalDate> dates = new ArrayList<>();
			for (LocalDate d = start.plusDays(4 + random.nextInt(4)); !d.isAfter(last); d = d.plusDays(6 + random.nextInt(3))) {
				dates.add(d);
			}
			for (LocalDate date : dates) {
				double planned = Math.min(1, (date.toEpochDay() - start.toEpochDay()) / (double) span);
				double noise = (random.nextDouble() - 0.5) * 0.06 * Math.abs(target - kr.baseline());
				double value = Math.max(0, kr.baseline() + (target - kr.baseline()) * planned * kr.pace() + noise);
				double confidence = Math.max(0.1, Math.min(0.95, 0.55 + 0.35 * kr.pace() - 0.4 * planned * (1 - kr.pace())
						+ (random.nextDouble() - 0.5) * 0.1));
				this.recordCheckIn.record(asLeader, view.id(), new RecordCheckIn.CheckIn(date,
						BigDecimal.valueOf(value).setScale(kr.baseline() % 1 == 0 && Math.abs(target) >= 20 ? 0 : 1, RoundingMode.HALF_UP),
						BigDecimal.valueOf(confidence).setScale(2, RoundingMode.HALF_UP), note(random, kr.pace())));
			}
		}
	}

	private static final List<String> GOOD = List.of("", "", "On plan.", "Good week.", "New rota helped.", "",
			"Steady.");

	private static final List<String> BAD = List.of("", "Short-staffed again.", "Supplier delays.", "Slower than hoped.",
			"Need help from finance.");

	private static String note(Random random, double pace) {
		List<String> notes = pace < 0.6 ? BAD : GOOD;
		return notes.get(random.nextInt(notes.size()));
	}

}
