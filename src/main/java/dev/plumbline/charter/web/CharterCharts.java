package dev.plumbline.charter.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import dev.plumbline.charter.CharterContent;

/**
 * ECharts options built on the server and handed to the page as JSON in a data attribute (no inline
 * script: the page's CSP forbids it).
 */
final class CharterCharts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CharterCharts() {
	}

	/** A doughnut of the pillars' weights: how the organization's attention is meant to be shared. */
	static String pillarWeights(CharterContent content) {
		List<Map<String, Object>> data = content.pillars().stream()
			.map(p -> Map.<String, Object>of("name", p.name(), "value", p.weight() == null ? 0 : p.weight()))
			.toList();
		Map<String, Object> series = new LinkedHashMap<>();
		series.put("type", "pie");
		series.put("radius", List.of("45%", "75%"));
		series.put("avoidLabelOverlap", true);
		series.put("itemStyle", Map.of("borderColor", "#fff", "borderWidth", 2));
		// An explicit line height: ECharts otherwise measures it from the width of a CJK glyph, which is a few
		// pixels on machines without a CJK font, and the name and share of a label are drawn on top of each other.
		series.put("label", Map.of("formatter", "{b}", "lineHeight", 16, "width", 120, "overflow", "break"));
		series.put("data", data);
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("tooltip", Map.of("trigger", "item", "formatter", "{b}: weight {c} ({d}%)"));
		option.put("color", List.of("#2f6f73", "#e0a03a", "#5b7fbf", "#b85c5c", "#7a9e5a", "#8a6fb0", "#c4856a"));
		option.put("series", List.of(series));
		return JSON.writeValueAsString(option);
	}

}
