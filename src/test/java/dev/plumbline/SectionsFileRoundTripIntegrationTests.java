package dev.plumbline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.interchange.FileFormat;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.OrganizationFiles;
import dev.plumbline.interchange.OrganizationSection;
import dev.plumbline.people.ManagePeople;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real organization files, read by the interchange reader: the seats, fits, journeys, decisions, surveys,
 * concerns, reviews and stories they hold are loaded through their sections and exported back the same
 * (in the export's stable order), and loading the export again exports it identically.
 */
@PlumblineIntegrationTest
class SectionsFileRoundTripIntegrationTests {

	/** The load orders of the sections this test covers (teams and people are made through the use case). */
	private static final List<Integer> ORDERS = List.of(25, 60, 70, 80, 90, 100, 110, 120);

	@Autowired
	TestOrganizations organizations;

	@Autowired
	ManagePeople managePeople;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<OrganizationSection> sections;

	@Autowired
	MockMvcTester mvc;

	private TestOrganization lastOrganization;

	@ParameterizedTest
	@ValueSource(strings = { "docs/examples/organization.yaml", "src/test/resources/audit/planted.yaml" })
	void aFilesSectionsComeBackTheSame(String path) throws IOException {
		OrganizationFile file = OrganizationFiles.read(Files.readAllBytes(Path.of(path)), FileFormat.YAML);
		assertThat(file.seats()).isNotEmpty();
		assertThat(file.surveys()).isNotEmpty();

		OrganizationFile exported = loadAndExport(file);
		assertThat(exported.seats()).isEqualTo(sorted(file.seats(), Comparator.comparing(OrganizationFile.Seat::key)));
		assertThat(exported.journeys())
			.isEqualTo(sorted(file.journeys(), Comparator.comparing(OrganizationFile.Journey::key)));
		assertThat(exported.decisions())
			.isEqualTo(sorted(file.decisions(), Comparator.comparing(OrganizationFile.Decision::key)));
		assertThat(exported.fits()).containsExactlyInAnyOrderElementsOf(file.fits());
		assertThat(exported.surveys()).isEqualTo(sorted(file.surveys(), Comparator.comparing(OrganizationFile.Survey::key)));
		assertThat(exported.concerns())
			.isEqualTo(sorted(file.concerns(), Comparator.comparing(OrganizationFile.Concern::key)));
		assertThat(exported.reviews()).isEqualTo(sorted(file.reviews(), Comparator.comparing(OrganizationFile.Review::key)));
		assertThat(exported.stories()).isEqualTo(sorted(file.stories(), Comparator.comparing(OrganizationFile.Story::key)));

		OrganizationFile again = loadAndExport(file.withSeats(exported.seats())
			.withJourneys(exported.journeys())
			.withDecisions(exported.decisions())
			.withFits(exported.fits())
			.withSurveys(exported.surveys())
			.withConcerns(exported.concerns())
			.withReviews(exported.reviews())
			.withStories(exported.stories()));
		assertThat(OrganizationFiles.write(again, FileFormat.YAML)).isEqualTo(OrganizationFiles.write(exported, FileFormat.YAML));
	}

	@Test
	void optionalFieldsLeftOutComeBackLeftOutAndThePagesShowThem() {
		OrganizationFile file = OrganizationFile.empty(new OrganizationFile.Organization("Sparse", "sparse"))
			.withSeats(List.of(new OrganizationFile.Seat("lone", "Lone seat", null, null, null, null, null)))
			.withJourneys(List.of(new OrganizationFile.Journey("j", "Journey", null, List.of(new OrganizationFile.Stage(
					"s", "Stage", null, List.of(new OrganizationFile.PainPoint("p", "Something", null, null)))))))
			.withDecisions(List.of(new OrganizationFile.Decision("d", "Decision",
					OrganizationFile.DecisionStatus.PROPOSED, null, null, null, null, null)))
			.withSurveys(List.of(new OrganizationFile.Survey("s", "Survey", null, null, null, null)))
			.withConcerns(List.of(new OrganizationFile.Concern("c", "Concern", null, null,
					OrganizationFile.ConcernStatus.RAISED, null)))
			.withReviews(List.of(new OrganizationFile.Review("r", null, null, null)))
			.withStories(List.of(new OrganizationFile.Story("t", null, "Story", null, null, null)));
		OrganizationFile exported = loadAndExport(file);
		assertThat(exported.seats()).isEqualTo(file.seats());
		assertThat(exported.journeys()).isEqualTo(file.journeys());
		assertThat(exported.decisions()).isEqualTo(file.decisions());
		assertThat(exported.surveys()).isEqualTo(file.surveys());
		assertThat(exported.concerns()).isEqualTo(file.concerns());
		assertThat(exported.reviews()).isEqualTo(file.reviews());
		assertThat(exported.stories()).isEqualTo(file.stories());
		TestOrganization org = this.lastOrganization;
		for (String path : List.of("seats", "journeys", "journeys/j", "decisions", "surveys", "surveys/s", "concerns",
				"reviews", "stories")) {
			assertThat(this.mvc.get().uri("/o/" + org.slug() + "/" + path).with(org.member().session())).as(path)
				.hasStatusOk();
		}
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/surveys/s", org.slug()).with(org.member().session()))
			.hasStatusOk();
	}

	private OrganizationFile loadAndExport(OrganizationFile file) {
		TestOrganization org = new SectionFixture(this.organizations, this.managePeople, this.jdbc)
			.organizationWithPeopleOf(file);
		this.lastOrganization = org;
		List<OrganizationSection> mine = this.sections.stream()
			.filter(section -> ORDERS.contains(section.order()))
			.sorted(Comparator.comparingInt(OrganizationSection::order))
			.toList();
		assertThat(mine).hasSize(ORDERS.size());
		mine.forEach(section -> section.load(SectionFixture.context(org), file));
		OrganizationFile exported = OrganizationFile.empty(file.organization());
		for (OrganizationSection section : mine) {
			exported = section.export(org.id(), exported);
		}
		return exported;
	}

	private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
		return list.stream().sorted(order).toList();
	}

}
