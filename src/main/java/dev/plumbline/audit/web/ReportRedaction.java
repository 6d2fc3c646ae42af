package dev.plumbline.audit.web;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.plumbline.audit.FindingCode;
import dev.plumbline.audit.SensitiveFindings;

/**
 * Removes findings drawn from fit assessments (and the deductions they caused) from a report's JSON:
 * every array element that is an object whose {@code code} is a sensitive finding code.
 */
final class ReportRedaction {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ReportRedaction() {
	}

	static String withoutSensitive(String reportJson) {
		JsonNode root = JSON.readTree(reportJson);
		strip(root);
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
	}

	private static void strip(JsonNode node) {
		if (node instanceof ArrayNode array) {
			for (int i = array.size() - 1; i >= 0; i--) {
				if (isSensitive(array.get(i))) {
					array.remove(i);
				}
				else {
					strip(array.get(i));
				}
			}
		}
		else if (node instanceof ObjectNode object) {
			object.values().forEach(ReportRedaction::strip);
		}
	}

	private static boolean isSensitive(JsonNode element) {
		JsonNode code = element.get("code");
		if (code == null || !code.isString()) {
			return false;
		}
		try {
			return SensitiveFindings.isSensitive(FindingCode.valueOf(code.asString()));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
