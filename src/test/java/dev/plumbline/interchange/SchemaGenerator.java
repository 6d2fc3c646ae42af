package dev.plumbline.interchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.plumbline.shared.Keys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Derives the JSON Schema of organization files from the reader's own {@link Shape}s; the schema shipped
 * in {@code src/main/resources/schema} must equal what this produces.
 */
final class SchemaGenerator {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<String, Shape<?>> shapes = new LinkedHashMap<>();

	static JsonNode schema() {
		return new SchemaGenerator().generate();
	}

	/** Every shape reachable from the file's root, the root first. */
	static List<Shape<?>> shapes() {
		SchemaGenerator generator = new SchemaGenerator();
		generator.collect(FileShape.FILE);
		return new ArrayList<>(generator.shapes.values());
	}

	private void collect(Shape<?> shape) {
		if (this.shapes.putIfAbsent(shape.name(), shape) == null) {
			for (Shape.Field<?> field : shape.fields()) {
				collect(field.type());
			}
		}
	}

	private void collect(Type type) {
		if (type instanceof Structures.Obj<?> obj) {
			collect(obj.shape());
		}
		else if (type instanceof Structures.ListOf list) {
			collect(list.item());
		}
		else if (type instanceof Structures.MapOf map) {
			collect(map.value());
		}
	}

	private JsonNode generate() {
		collect(FileShape.FILE);
		ObjectNode root = JSON.createObjectNode();
		root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		root.put("$id", "https://plumbline.dev/schema/organization-file-v1.schema.json");
		root.put("title", "Plumbline organization file, format version 1");
		root.put("description", "One organization in YAML or JSON: charter, teams, people, seats, initiatives, objectives, "
				+ "KPIs, journeys, decisions, fits, surveys, concerns, reviews and stories. See docs/organization-file.md.");
		object(root, FileShape.FILE);
		ObjectNode defs = root.putObject("$defs");
		for (Shape<?> shape : this.shapes.values()) {
			if (shape != FileShape.FILE) {
				object(defs.putObject(shape.name()), shape);
			}
		}
		return root;
	}

	private void object(ObjectNode node, Shape<?> shape) {
		node.put("type", "object");
		ObjectNode properties = node.putObject("properties");
		ArrayNode required = JSON.createArrayNode();
		for (Shape.Field<?> field : shape.fields()) {
			properties.set(field.name(), field.name().equals("plumbline") ? JSON.createObjectNode().put("const", 1)
					: type(field.type()));
			if (field.required()) {
				required.add(field.name());
			}
		}
		if (!required.isEmpty()) {
			node.set("required", required);
		}
		node.put("additionalProperties", false);
	}

	private ObjectNode type(Type type) {
		ObjectNode node = JSON.createObjectNode();
		if (type instanceof Types.Text) {
			node.put("type", "string");
		}
		else if (type instanceof Types.Key key) {
			node.put("type", "string").put("pattern", "^" + Keys.PATTERN.pattern() + "$");
			if (key.target() != null) {
				node.put("description", "the key of a " + key.target().noun() + " in " + key.target().where());
			}
		}
		else if (type instanceof Types.Patterned patterned) {
			node.put("type", "string").put("pattern", "^" + patterned.pattern().pattern() + "$");
		}
		else if (type instanceof Types.DateType) {
			node.put("type", "string").put("format", "date");
		}
		else if (type instanceof Numbers.Decimal decimal) {
			node.put("type", "number");
			bound(node, decimal.min(), decimal.max());
		}
		else if (type instanceof Numbers.Whole whole) {
			node.put("type", "integer");
			bound(node, whole.min() == null ? null : BigDecimal.valueOf(whole.min()),
					whole.max() == null ? null : BigDecimal.valueOf(whole.max()));
		}
		else if (type instanceof Types.Bool) {
			node.put("type", "boolean");
		}
		else if (type instanceof Types.Choice<?> choice) {
			node.put("type", "string");
			ArrayNode values = node.putArray("enum");
			for (Enum<?> constant : choice.type().getEnumConstants()) {
				values.add(Types.name(constant));
			}
		}
		else if (type instanceof Structures.Obj<?> obj) {
			node.put("$ref", "#/$defs/" + obj.shape().name());
		}
		else if (type instanceof Structures.ListOf list) {
			node.put("type", "array").set("items", type(list.item()));
			if (list.item() instanceof Types.Key) {
				node.put("uniqueItems", true);
			}
		}
		else if (type instanceof Structures.MapOf map) {
			node.put("type", "object");
			if (map.keys()) {
				node.putObject("propertyNames").put("pattern", "^" + Keys.PATTERN.pattern() + "$");
			}
			if (map.target() != null) {
				node.put("description", "keyed by " + map.target().noun() + " keys (" + map.target().where() + ")");
			}
			node.set("additionalProperties", type(map.value()));
		}
		else {
			throw new IllegalStateException("No schema for " + type);
		}
		return node;
	}

	private static void bound(ObjectNode node, BigDecimal min, BigDecimal max) {
		if (min != null) {
			node.put("minimum", min.longValueExact());
		}
		if (max != null) {
			node.put("maximum", max.longValueExact());
		}
	}

}
