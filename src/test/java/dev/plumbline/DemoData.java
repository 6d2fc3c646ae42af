package dev.plumbline;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Autowired;

import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.demo.DemoFile;
import dev.plumbline.interchange.ImportOrganization;
import dev.plumbline.interchange.ImportProgress;

/**
 * A fresh test organization holding the demo's content (its organization file, dates moved to today),
 * with the usual test members. Create with {@code beans.createBean(DemoData.class)}.
 */
public class DemoData {

	@Autowired
	TestOrganizations organizations;

	@Autowired
	ImportOrganization importOrganization;

	@Autowired
	Clock clock;

	public TestOrganization seed() {
		TestOrganization org = this.organizations.create();
		this.importOrganization.replace(this.organizations.as(org.slug(), org.admin()),
				DemoFile.load(LocalDate.now(this.clock)), ImportProgress.none());
		return org;
	}

}
