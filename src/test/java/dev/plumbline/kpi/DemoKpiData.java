package dev.plumbline.kpi;

import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;

import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.charter.CharterContent;
import dev.plumbline.charter.Pillar;
import dev.plumbline.charter.ReviseCharter;
import dev.plumbline.demo.DemoKpis;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.people.ManagePeople;

/**
 * A fresh organization with the demo's pillars and people and the demo KPIs seeded into it. Made with
 * {@code AutowireCapableBeanFactory.createBean}, so that tests keep sharing one context.
 */
public class DemoKpiData {

	@Autowired
	TestOrganizations organizations;

	@Autowired
	ReviseCharter reviseCharter;

	@Autowired
	ManagePeople managePeople;

	@Autowired
	DemoKpis demoKpis;

	public TestOrganization seed() {
		TestOrganization org = this.organizations.withCharter();
		CurrentOrganization asLeader = this.organizations.as(org.slug(), org.leader());
		CharterContent sample = TestOrganizations.sampleCharter();
		this.reviseCharter.revise(asLeader, 1, new CharterContent(sample.vision(), sample.mission(), sample.values(),
				List.of(new Pillar("access", "Access to care", "", 5), new Pillar("quality", "Clinical quality", "", 4),
						new Pillar("prevention", "Prevention & outreach", "", 4),
						new Pillar("sustainability", "Sustainable finances", "", 3),
						new Pillar("people", "People & culture", "", 3))));
		List.of("priya:Dr. Priya Raman", "tom:Tom Becker", "sofia:Sofia Alvarez", "diego:Diego Morales",
				"kwame:Kwame Mensah", "hana:Hana Sato", "ines:Inès Laurent", "yara:Yara Haddad", "sam:Sam Whitfield")
			.forEach(p -> this.managePeople.addPerson(asLeader, new ManagePeople.NewPerson(p.split(":")[0],
					p.split(":")[1], p.split(":")[0] + "@" + org.slug() + ".test", null)));
		this.demoKpis.seed(asLeader);
		return org;
	}

}
