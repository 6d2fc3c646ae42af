package dev.plumbline.interchange;

import java.time.LocalDate;
import java.util.List;

/**
 * An organization file (interchange format v1) read into memory: the whole organization as plain
 * values, referenced by the user's own keys. The audit works on this model, whether it came from a
 * file or from the database (see {@link OrganizationSection}), so the command line and the web agree.
 * Enum constants are written in lower case in files ({@code plus_minus}, {@code active}). The section
 * types live in {@link PlanModel} and {@link PracticeModel}, which this record implements.
 * Lists are never null; optional scalars are null when absent.
 */
public record OrganizationFile(int plumbline, Organization organization, LocalDate asOf, AuditSettings audit,
		Charter charter, List<Team> teams, List<Person> people, List<Seat> seats, List<Initiative> initiatives,
		List<Objective> objectives, List<Kpi> kpis, List<Journey> journeys, List<Decision> decisions,
		List<Fit> fits, List<Survey> surveys, List<Concern> concerns, List<Review> reviews, List<Story> stories)
		implements PlanModel, PracticeModel {

	/** The only format version this build reads and writes. */
	public static final int FORMAT_VERSION = 1;

	public OrganizationFile {
		audit = audit == null ? AuditSettings.DEFAULTS : audit;
		charter = charter == null ? Charter.EMPTY : charter;
		teams = List.copyOf(teams == null ? List.of() : teams);
		people = List.copyOf(people == null ? List.of() : people);
		seats = List.copyOf(seats == null ? List.of() : seats);
		initiatives = List.copyOf(initiatives == null ? List.of() : initiatives);
		objectives = List.copyOf(objectives == null ? List.of() : objectives);
		kpis = List.copyOf(kpis == null ? List.of() : kpis);
		journeys = List.copyOf(journeys == null ? List.of() : journeys);
		decisions = List.copyOf(decisions == null ? List.of() : decisions);
		fits = List.copyOf(fits == null ? List.of() : fits);
		surveys = List.copyOf(surveys == null ? List.of() : surveys);
		concerns = List.copyOf(concerns == null ? List.of() : concerns);
		reviews = List.copyOf(reviews == null ? List.of() : reviews);
		stories = List.copyOf(stories == null ? List.of() : stories);
	}

	/** An organization with nothing in it yet. */
	public static OrganizationFile empty(Organization organization) {
		return new OrganizationFile(FORMAT_VERSION, organization, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null);
	}

	public OrganizationFile withOrganization(Organization value) {
		return new OrganizationFile(plumbline, value, asOf, audit, charter, teams, people, seats, initiatives,
				objectives, kpis, journeys, decisions, fits, surveys, concerns, reviews, stories);
	}

	public OrganizationFile withAsOf(LocalDate value) {
		return new OrganizationFile(plumbline, organization, value, audit, charter, teams, people, seats, initiatives,
				objectives, kpis, journeys, decisions, fits, surveys, concerns, reviews, stories);
	}

	public OrganizationFile withAudit(AuditSettings value) {
		return new OrganizationFile(plumbline, organization, asOf, value, charter, teams, people, seats, initiatives,
				objectives, kpis, journeys, decisions, fits, surveys, concerns, reviews, stories);
	}

	public OrganizationFile withCharter(Charter value) {
		return new OrganizationFile(plumbline, organization, asOf, audit, value, teams, people, seats, initiatives,
				objectives, kpis, journeys, decisions, fits, surveys, concerns, reviews, stories);
	}

	public OrganizationFile withTeams(List<Team> value) {
		return new OrganizationFile(plumbline, organization, asOf, audit, charter, value, people, seats, initiatives,
				objectives, kpis, journeys, decisions, fits, surveys, concerns, reviews, stories);
	}

	public OrganizationFile withPeople(List<Person> value) {
		return new OrganizationFile(plumbline, organization, asOf, audit, charter, teams, value, seats, initiatives,
				objectives, kpis, journeys, decisions, fits, surveys, concerns, reviews, stories);
	}

	public OrganizationFile withSeats(List<Seat> value) {
		return new OrganizationFile(plumbline, organization, asOf, audit, charter, teams, people, value, initiatives,
				objectives, kpis, journeys, decisions, fits, surveys, concerns, reviews, stories);
	}

	public OrganizationFile withInitiatives(List<Initiative> value) {
		return new OrganizationFile(plumbline, organization, asOf, audit, charter, teams, people, seats, value,
				objectives, kpis, journeys, decisions, fits, surveys, concerns, reviews, stories);
	}

	public OrganizationFile withObjectives(List<Objective> value) {
		return new OrganizationFile(plumbline, organization, asOf, audit, charter, teams, people, seats, initiatives,
				value, kpis, journeys, decisions, fits, surveys, concerns, reviews, stories);
	}

	public OrganizationFile withKpis(List<Kpi> value) {
		return new OrganizationFile(plumbline, organization, asOf, audit, charter, teams, people, seats, initiatives,
				objectives, value, journeys, decisions, fits, surveys, concerns, reviews, stories);
	}

	public OrganizationFile withJourneys(List<Journey> value) {
		return new OrganizationFile(plumbline, organization, asOf, audit, charter, teams, people, seats, initiatives,
				objectives, kpis, value, decisions, fits, surveys, concerns, reviews, stories);
	}

	public OrganizationFile withDecisions(List<Decision> value) {
		return new OrganizationFile(plumbline, organization, asOf, audit, charter, teams, people, seats, initiatives,
				objectives, kpis, journeys, value, fits, surveys, concerns, reviews, stories);
	}

	public OrganizationFile withFits(List<Fit> value) {
		return new OrganizationFile(plumbline, organization, asOf, audit, charter, teams, people, seats, initiatives,
				objectives, kpis, journeys, decisions, value, surveys, concerns, reviews, stories);
	}

	public OrganizationFile withSurveys(List<Survey> value) {
		return new OrganizationFile(plumbline, organization, asOf, audit, charter, teams, people, seats, initiatives,
				objectives, kpis, journeys, decisions, fits, value, concerns, reviews, stories);
	}

	public OrganizationFile withConcerns(List<Concern> value) {
		return new OrganizationFile(plumbline, organization, asOf, audit, charter, teams, people, seats, initiatives,
				objectives, kpis, journeys, decisions, fits, surveys, value, reviews, stories);
	}

	public OrganizationFile withReviews(List<Review> value) {
		return new OrganizationFile(plumbline, organization, asOf, audit, charter, teams, people, seats, initiatives,
				objectives, kpis, journeys, decisions, fits, surveys, concerns, value, stories);
	}

	public OrganizationFile withStories(List<Story> value) {
		return new OrganizationFile(plumbline, organization, asOf, audit, charter, teams, people, seats, initiatives,
				objectives, kpis, journeys, decisions, fits, surveys, concerns, reviews, value);
	}

	/** Sum of the rows the file holds (every list entry at every depth); drives import progress. */
	public long rowCount() {
		return FileRows.count(this);
	}

}
