package dev.plumbline.interchange;

import static dev.plumbline.interchange.Structures.list;
import static dev.plumbline.interchange.Structures.object;
import static dev.plumbline.interchange.Types.DATE;
import static dev.plumbline.interchange.Types.whole;

/**
 * The whole organization file: the version line, the organization, then every section in canonical
 * order.
 */
final class FileShape {

	static final Shape<OrganizationFile> FILE = Shape
		.of("organizationFile",
				v -> new OrganizationFile(v.get("plumbline", 0), v.get("organization"), v.get("asOf"), v.get("audit"),
						v.get("charter"), v.list("teams"), v.list("people"), v.list("seats"), v.list("initiatives"),
						v.list("objectives"), v.list("kpis"), v.list("journeys"), v.list("decisions"), v.list("fits"),
						v.list("surveys"), v.list("concerns"), v.list("reviews"), v.list("stories")))
		.required("plumbline", whole(null, null), OrganizationFile::plumbline)
		.required("organization", object(CharterShapes.ORGANIZATION), OrganizationFile::organization)
		.optional("asOf", DATE, OrganizationFile::asOf)
		.optional("audit", object(CharterShapes.AUDIT), OrganizationFile::audit)
		.optional("charter", object(CharterShapes.CHARTER), OrganizationFile::charter)
		.optional("teams", list(object(PeopleShapes.TEAM)), OrganizationFile::teams)
		.optional("people", list(object(PeopleShapes.PERSON)), OrganizationFile::people)
		.optional("seats", list(object(PeopleShapes.SEAT)), OrganizationFile::seats)
		.optional("initiatives", list(object(PlanShapes.INITIATIVE)), OrganizationFile::initiatives)
		.optional("objectives", list(object(PlanShapes.OBJECTIVE)), OrganizationFile::objectives)
		.optional("kpis", list(object(PlanShapes.KPI)), OrganizationFile::kpis)
		.optional("journeys", list(object(FeedbackShapes.JOURNEY)), OrganizationFile::journeys)
		.optional("decisions", list(object(FeedbackShapes.DECISION)), OrganizationFile::decisions)
		.optional("fits", list(object(PeopleShapes.FIT)), OrganizationFile::fits)
		.optional("surveys", list(object(FeedbackShapes.SURVEY)), OrganizationFile::surveys)
		.optional("concerns", list(object(FeedbackShapes.CONCERN)), OrganizationFile::concerns)
		.optional("reviews", list(object(FeedbackShapes.REVIEW)), OrganizationFile::reviews)
		.optional("stories", list(object(FeedbackShapes.STORY)), OrganizationFile::stories)
		.check((values, cursor) -> {
			Integer version = values.get("plumbline");
			if (version != null && version != OrganizationFile.FORMAT_VERSION) {
				cursor.problemAt("plumbline", version.toString(),
						"must be 1: this version of Plumbline reads organization files of format version 1");
			}
		});

	private FileShape() {
	}

}
