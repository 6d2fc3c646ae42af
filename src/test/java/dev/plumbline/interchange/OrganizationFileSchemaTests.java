package dev.plumbline.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON Schema shipped with Plumbline accepts exactly the keys the reader accepts and requires
 * exactly what the reader requires, so the two cannot drift.
 */
class OrganizationFileSchemaTests {

	static JsonNode shipped() throws IOException {
		try (InputStream in = OrganizationFileSchemaTests.class.getResourceAsStream("/schema/organization-file-v1.schema.json")) {
			assertThat(in).as("the schema is on the classpath").isNotNull();
			return SchemaGenerator.JSON.readTree(in);
		}
	}

	@Test
	void everyObjectTypeHasExactlyTheReadersKeysAndRequiredFields() throws IOException {
		JsonNode schema = shipped();
		for (Shape<?> shape : SchemaGenerator.shapes()) {
			JsonNode node = shape == FileShape.FILE ? schema : schema.get("$defs").get(shape.name());
			assertThat(node).as("$defs.%s", shape.name()).isNotNull();
			assertThat(names(node.get("properties").propertyNames()))
				.as("keys of %s", shape.name())
				.containsExactlyElementsOf(shape.fields().stream().map(Shape.Field::name).toList());
			List<String> required = new ArrayList<>();
			if (node.has("required")) {
				node.get("required").forEach(n -> required.add(n.asString()));
			}
			assertThat(required).as("required keys of %s", shape.name())
				.containsExactlyElementsOf(shape.fields().stream().filter(Shape.Field::required).map(Shape.Field::name).toList());
			assertThat(node.get("additionalProperties").asBoolean(true)).as("%s is closed", shape.name()).isFalse();
		}
		assertThat(schema.get("$defs").size()).isEqualTo(SchemaGenerator.shapes().size() - 1);
	}

	@Test
	void theShippedSchemaIsTheOneDerivedFromTheReader() throws IOException {
		JsonNode derived = SchemaGenerator.JSON.readTree(SchemaGenerator.JSON.writeValueAsString(SchemaGenerator.schema()));
		assertThat(shipped()).as("regenerate src/main/resources/schema/organization-file-v1.schema.json from SchemaGenerator:\n%s",
				SchemaGenerator.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(derived))
			.isEqualTo(derived);
	}

	@Test
	void declaresDraft2020AndEnumsInLowerCase() throws IOException {
		JsonNode schema = shipped();
		assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
		assertThat(schema.at("/$defs/fit/properties/values/additionalProperties/enum").toString())
			.isEqualTo("[\"plus\",\"plus_minus\",\"minus\"]");
		assertThat(schema.at("/$defs/checkIn/properties/confidence/maximum").asInt()).isEqualTo(1);
		assertThat(schema.at("/$defs/pillar/properties/weight/minimum").asInt()).isEqualTo(1);
	}

	@Test
	void theDocumentationNamesEveryKeyTheReaderAccepts() throws IOException {
		String documentation = java.nio.file.Files.readString(java.nio.file.Path.of("docs/organization-file.md"));
		for (Shape<?> shape : SchemaGenerator.shapes()) {
			for (Shape.Field<?> field : shape.fields()) {
				assertThat(documentation).as("docs/organization-file.md names %s.%s", shape.name(), field.name())
					.contains("`" + field.name() + "`");
			}
		}
	}

	private static List<String> names(Iterable<String> names) {
		List<String> list = new ArrayList<>();
		names.forEach(list::add);
		return list;
	}

}
