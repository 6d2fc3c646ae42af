package dev.plumbline.interchange;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.TestOrganizations;

@PlumblineIntegrationTest
class TimingScratchTests {

	@Autowired
	ImportOrganization importOrganization;

	@Autowired
	ExportOrganization exportOrganization;

	@Autowired
	TestOrganizations organizations;

	@Test
	void time() {
		var org = this.organizations.create();
		var admin = this.organizations.as(org.slug(), org.admin());
		OrganizationFile file = SampleFiles.large("large", 2000, 4, 42);
		for (int i = 0; i < 2; i++) {
			long t0 = System.nanoTime();
			long[] last = { System.nanoTime() };
			String[] current = { "" };
			this.importOrganization.replace(admin, file, (s, n) -> {
				if (!s.equals(current[0])) {
					System.out.printf("TIMING section %s after %d ms%n", s, (System.nanoTime() - last[0]) / 1000000);
					current[0] = s;
				}
			});
			long t1 = System.nanoTime();
			OrganizationFile out = this.exportOrganization.export(org.id());
			long t2 = System.nanoTime();
			byte[] bytes = OrganizationFiles.write(out, FileFormat.YAML);
			long t3 = System.nanoTime();
			OrganizationFiles.read(bytes, FileFormat.YAML);
			long t4 = System.nanoTime();
			System.out.printf("TIMING import %d ms export %d ms write %d ms read %d ms rows %d%n", (t1 - t0) / 1000000,
					(t2 - t1) / 1000000, (t3 - t2) / 1000000, (t4 - t3) / 1000000, file.rowCount());
		}
	}

}
