package dev.plumbline.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;

import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.people.ManagePeople;

/**
 * An organization with a charter (pillars {@code access}, {@code quality}), two people — {@code marco}
 * is the account of the MEMBER, {@code priya} has no account — and KPIs made through the real use cases.
 * Made with {@code AutowireCapableBeanFactory.createBean}, so that tests keep sharing one context.
 */

public class KpiFixture {

	@Autowired
	TestOrganizations organizations;

	@Autowired
	ManagePeople managePeople;

	@Autowired
	CreateKpi createKpi;

	@Autowired
	RecordMeasurement recordMeasurement;

	@Autowired
	KpiQueries queries;

	public record Org(TestOrganization org, UUID marco, UUID priya, CurrentOrganization asLeader) {

		public String slug() {
			return this.org.slug();
		}

	}

	public Org organization() {
		TestOrganization org = this.organizations.withCharter();
		CurrentOrganization asLeader = this.organizations.as(org.slug(), org.leader());
		UUID marco = this.managePeople.addPerson(asLeader,
				new ManagePeople.NewPerson("marco", "Marco Rossi", org.member().email(), null));
		UUID priya = this.managePeople.addPerson(asLeader,
				new ManagePeople.NewPerson("priya", "Priya Raman", "priya@elsewhere.test", null));
		return new Org(org, marco, priya, asLeader);
	}

	/** Higher is better: red at or below 80, green at or above 90, target 95, monthly. */
	public UUID vaccination(Org org, String owner) {
		return this.createKpi.create(org.asLeader(), new KpiDraft("vaccination", "Vaccination rate", "%", owner,
				List.of("access"), "monthly", "increase", new BigDecimal("95"), new BigDecimal("80"), new BigDecimal("90")));
	}

	/** Lower is better: red at or above 15, green at or below 10, target 8, weekly. */
	public UUID noShows(Org org, String owner) {
		return this.createKpi.create(org.asLeader(), new KpiDraft("no-shows", "No-show rate", "%", owner,
				List.of("quality"), "weekly", "decrease", new BigDecimal("8"), new BigDecimal("15"), new BigDecimal("10")));
	}

	/** A plain monthly KPI named like its key. */
	public UUID create(Org org, String key) {
		return this.createKpi.create(org.asLeader(), new KpiDraft(key, key, "", null, List.of(), "monthly", "increase",
				BigDecimal.TEN, BigDecimal.ONE, new BigDecimal("2")));
	}

	public void measure(Org org, UUID kpi, LocalDate date, String value) {
		this.recordMeasurement.record(org.asLeader(), kpi, date, new BigDecimal(value));
	}

	public LocalDate today() {
		return this.queries.today();
	}

}
