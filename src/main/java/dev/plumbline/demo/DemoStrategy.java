package dev.plumbline.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.people.PeopleQueries;
import dev.plumbline.people.Person;
import dev.plumbline.strategy.CreateInitiative;
import dev.plumbline.strategy.InitiativeDraft;

/**
 * Northwind's strategy inventory: thirteen initiatives over two years around today, most of them sound,
 * some deliberately off so that the audit has something to show — an orphan (waiting-room redesign: no
 * pillar, no objective), a zombie (billing system replacement: active, past its end date), one paused
 * long ago (telehealth follow-ups) — and the budget leaning towards access more than the weights say.
 * Needs the charter's third version (pillars) and the demo people; objectives are linked by key when the
 * objective demo made them.
 */
@Component
public class DemoStrategy {

	private final CreateInitiative createInitiative;

	private final PeopleQueries people;

	DemoStrategy(CreateInitiative createInitiative, PeopleQueries people) {
		this.createInitiative = createInitiative;
		this.people = people;
	}

	/** An initiative of the demo; months are relative to today, objectives are objective keys. */
	record Seed(String key, String name, String description, String owner, String status, int startMonths,
			Integer endMonths, int budget, double fte, int progress, List<String> pillars, List<String> objectives,
			List<String> painPoints) {
	}

	static final List<Seed> INITIATIVES = List.of(
			new Seed("evening-clinic-hours", "Evening clinic hours",
					"Eastside and Riverbend open until 8 pm three evenings a week, for people who cannot leave work.",
					"tom", "ACTIVE", -8, 4, 240_000, 4.0, 55, List.of("access"), List.of("clinic-capacity"),
					List.of("new-patient.booking.phone-queue", "working-parent.visit.office-hours")),
			new Seed("mobile-vaccination-van", "Mobile vaccination van",
					"A van with a nurse and a driver visiting the valley's eight farthest villages every fortnight.",
					"sofia", "ACTIVE", -5, 13, 185_000, 3.0, 30, List.of("prevention", "access"),
					List.of("vaccination-drive"), List.of("rural-family.reach.travel-distance")),
			new Seed("interpreter-on-call", "Interpreter on call",
					"A phone and video interpreter service for twelve languages, bookable from the front desk.", "ines",
					"ACTIVE", -3, 9, 60_000, 1.0, 40, List.of("access", "quality"), List.of("eastside-front-desk"),
					List.of("new-patient.visit.language-barrier")),
			new Seed("patient-portal", "Patient portal",
					"Online booking, results and messages to the care team, so that the phone line is not the only door.",
					"diego", "PLANNED", 2, 14, 320_000, 2.5, 0, List.of("access"), List.of("clinic-capacity"),
					List.of("new-patient.booking.phone-queue", "follow-up.results.no-call")),
			new Seed("grant-diversification", "Grant diversification",
					"Bring three new funders on board so that no single grant is over 30 % of income.", "kwame", "ACTIVE",
					-10, 8, 40_000, 1.0, 45, List.of("sustainability"), List.of("diversify-funding"), List.of()),
			new Seed("clinician-mentoring", "Clinician mentoring",
					"Every clinician in their first two years paired with a senior colleague, an hour a fortnight.", "hana",
					"ACTIVE", -6, 6, 35_000, 0.8, 50, List.of("people", "quality"), List.of("mentoring"),
					List.of()),
			new Seed("same-day-appointments", "Same-day appointments",
					"Hold a third of each day's slots for same-day requests; triage by a nurse on the phone.", "priya",
					"ACTIVE", -2, 10, 90_000, 2.0, 25, List.of("access"), List.of("clinic-capacity", "eastside-no-shows"),
					List.of("new-patient.booking.phone-queue", "sick-child.booking.no-slot-today")),
			new Seed("diabetes-prevention-program", "Diabetes prevention program",
					"Screening at community events and a twelve-week lifestyle group for adults at risk.", "sam", "PLANNED",
					1, 20, 150_000, 2.5, 0, List.of("prevention"), List.of("outreach-screening"),
					List.of("chronic-care.follow-up.lost-after-diagnosis")),
			new Seed("billing-system-replacement", "Billing system replacement",
					"Replace the 2009 billing system. Meant to end two months ago; still running beside the old one.",
					"yara", "ACTIVE", -20, -2, 210_000, 1.5, 70, List.of("sustainability"), List.of(),
					List.of("any-visit.billing.surprise-invoice")),
			new Seed("community-health-worker-pilot", "Community health worker pilot",
					"Two community health workers from the neighbourhoods they serve, visiting families at home.", "sofia",
					"PROPOSED", 4, 16, 120_000, 3.0, 0, List.of("prevention", "access"), List.of("vaccination-drive"),
					List.of("rural-family.reach.travel-distance")),
			new Seed("waiting-room-redesign", "Waiting-room redesign",
					"New chairs, a children's corner and a screen with the queue at Eastside.", "diego", "ACTIVE", -1, 5,
					75_000, 0.5, 15, List.of(), List.of(), List.of()),
			new Seed("telehealth-follow-ups", "Telehealth follow-ups",
					"Video follow-ups for stable chronic patients. Paused when the vendor withdrew; never restarted.",
					"priya", "PAUSED", -18, 3, 55_000, 0.5, 20, List.of("access", "quality"), List.of("eastside-no-shows"),
					List.of("chronic-care.follow-up.lost-after-diagnosis")),
			new Seed("front-desk-triage-training", "Front-desk triage training",
					"Two days of training for every receptionist on urgent signs and kind refusals.", "lena", "COMPLETED",
					-14, -9, 18_000, 0.3, 100, List.of("quality", "people"), List.of(), List.of()));

	/** The initiatives, without objective links. */
	public void seed(CurrentOrganization asLeader) {
		seed(asLeader, Map.of());
	}

	/**
	 * @param objectiveIdsByKey the demo's objectives; links to keys not in it are skipped
	 */
	public void seed(CurrentOrganization asLeader, Map<String, UUID> objectiveIdsByKey) {
		LocalDate today = LocalDate.now();
		for (Seed seed : INITIATIVES) {
			UUID owner = this.people.personByKey(asLeader.id(), seed.owner()).map(Person::id).orElse(null);
			List<String> objectives = seed.objectives().stream().map(objectiveIdsByKey::get).filter(Objects::nonNull)
				.map(UUID::toString).toList();
			this.createInitiative.create(asLeader, new InitiativeDraft(seed.key(), seed.name(), seed.description(),
					owner, seed.status(), today.plusMonths(seed.startMonths()).withDayOfMonth(1),
					seed.endMonths() == null ? null : today.plusMonths(seed.endMonths()).withDayOfMonth(1).minusDays(1),
					BigDecimal.valueOf(seed.budget()), BigDecimal.valueOf(seed.fte()), seed.progress(), seed.pillars(),
					objectives, seed.painPoints()));
		}
	}

}
