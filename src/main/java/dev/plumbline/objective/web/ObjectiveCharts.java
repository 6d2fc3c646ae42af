package dev.plumbline.objective.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.plumbline.objective.ObjectiveViews.CheckInView;
import dev.plumbline.objective.ObjectiveViews.Detail;
import dev.plumbline.objective.ObjectiveViews.KeyResultView;
import dev.plumbline.shared.ChartJson;

/**
 * ECharts options for the objective page: each key result's check-ins against the straight line from its
 * baseline (at the start) to its target (at the due date), and the confidence trend of every key result.
 */
final class ObjectiveCharts {

	private static final List<String> COLORS = List.of("#2f6f73", "#e0a03a", "#b85c5c", "#4c8c4a", "#5b3d7a", "#3f8d90");

	private ObjectiveCharts() {
	}

	/** Key result id (as text) → chart JSON. */
	static Map<String, String> keyResults(Detail detail, LocalDate today) {
		Map<String, String> charts = new LinkedHashMap<>();
		for (KeyResultView kr : detail.keyResults()) {
			charts.put(kr.id().toString(), ChartJson.of(keyResult(detail, kr, today)));
		}
		return charts;
	}

	private static Map<String, Object> keyResult(Detail detail, KeyResultView kr, LocalDate today) {
		List<Object> series = new ArrayList<>();
		List<List<Object>> actual = kr.checkIns().stream().map(c -> List.<Object>of(c.date().toString(), number(c.value()))).toList();
		series.add(Map.of("name", "Check-ins", "type", "line", "data", actual, "symbolSize", 7, "color", COLORS.get(0),
				"lineStyle", Map.of("width", 2.5)));
		LocalDate from = detail.objective().start() != null ? detail.objective().start()
				: kr.checkIns().isEmpty() ? today : kr.checkIns().get(0).date();
		if (kr.target() != null && detail.objective().due() != null) {
			series.add(Map.of("name", "Plan", "type", "line", "symbol", "none", "color", "#9aa7ad",
					"lineStyle", Map.of("type", "dashed", "width", 1.5),
					"data", List.of(List.of(from.toString(), number(kr.baseline())), List.of(detail.objective().due().toString(), number(kr.target())))));
		}
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("grid", Map.of("left", 48, "right", 16, "top", 30, "bottom", 28));
		option.put("legend", Map.of("top", 0, "right", 0, "textStyle", Map.of("fontSize", 11)));
		option.put("tooltip", Map.of("trigger", "axis"));
		option.put("xAxis", Map.of("type", "time", "axisLabel", Map.of("fontSize", 11, "hideOverlap", true)));
		option.put("yAxis", Map.of("type", "value", "scale", true, "name", kr.unit() == null ? "" : kr.unit(),
				"nameTextStyle", Map.of("fontSize", 11), "splitLine", Map.of("lineStyle", Map.of("color", "#eef2f3"))));
		option.put("series", series);
		return option;
	}

	/** Confidence (0–1) of each key result over time; null when nobody gave a confidence yet. */
	static String confidence(Detail detail) {
		List<Object> series = new ArrayList<>();
		int i = 0;
		for (KeyResultView kr : detail.keyResults()) {
			List<List<Object>> points = kr.checkIns().stream().filter(c -> c.confidence() != null)
				.map(c -> List.<Object>of(c.date().toString(), number(c.confidence()))).toList();
			if (!points.isEmpty()) {
				series.add(Map.of("name", kr.title(), "type", "line", "data", points, "symbolSize", 5,
						"color", COLORS.get(i % COLORS.size())));
			}
			i++;
		}
		if (series.isEmpty()) {
			return null;
		}
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("grid", Map.of("left", 40, "right", 16, "top", 16, "bottom", 56));
		option.put("legend", Map.of("bottom", 0, "type", "scroll", "textStyle", Map.of("fontSize", 11)));
		option.put("tooltip", Map.of("trigger", "axis"));
		option.put("xAxis", Map.of("type", "time", "splitNumber", 5, "axisLabel", Map.of("fontSize", 11, "hideOverlap", true)));
		option.put("yAxis", Map.of("type", "value", "min", 0, "max", 1, "splitLine", Map.of("lineStyle", Map.of("color", "#eef2f3"))));
		option.put("series", series);
		return ChartJson.of(option);
	}

	private static double number(BigDecimal value) {
		return value == null ? 0 : value.doubleValue();
	}

	static List<CheckInView> latestFirst(List<CheckInView> checkIns, int n) {
		List<CheckInView> copy = new ArrayList<>(checkIns);
		java.util.Collections.reverse(copy);
		return copy.subList(0, Math.min(n, copy.size()));
	}

}
