package dev.plumbline.audit.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.plumbline.audit.AuditQueries;
import dev.plumbline.audit.HealthColours;
import dev.plumbline.shared.ChartJson;

/**
 * The dashboard's ECharts options: the index gauge, its trend, and the scores of pillars and teams.
 */
final class DashboardCharts {

	/** Team bars shown at a time; more scroll. */
	static final int TEAMS_IN_VIEW = 20;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm").withZone(ZoneOffset.UTC);

	private DashboardCharts() {
	}

	static String gauge(int index) {
		Map<String, Object> series = new LinkedHashMap<>();
		series.put("type", "gauge");
		series.put("startAngle", 210);
		series.put("endAngle", -30);
		series.put("min", 0);
		series.put("max", 100);
		series.put("radius", "95%");
		series.put("progress", Map.of("show", true, "width", 14, "itemStyle", Map.of("color", HealthColours.ofScore(index))));
		series.put("axisLine", Map.of("lineStyle", Map.of("width", 14, "color", List.of(List.of(1, "#edf1f2")))));
		series.put("pointer", Map.of("show", false));
		series.put("axisTick", Map.of("show", false));
		series.put("splitLine", Map.of("show", false));
		series.put("axisLabel", Map.of("show", false));
		series.put("anchor", Map.of("show", false));
		series.put("title", Map.of("show", true, "offsetCenter", List.of(0, "38%"), "fontSize", 12, "color", "#5b6b70"));
		series.put("detail", Map.of("valueAnimation", true, "offsetCenter", List.of(0, "0%"), "fontSize", 40,
				"fontWeight", "bold", "color", HealthColours.ofScore(index), "formatter", "{value}"));
		series.put("data", List.of(Map.of("value", index, "name", "of 100")));
		return ChartJson.of(Map.of("series", List.of(series)));
	}

	static String trend(List<AuditQueries.Run> runs) {
		List<String> when = runs.stream().map(run -> WHEN.format(run.ranAt())).toList();
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("tooltip", Map.of("trigger", "axis"));
		option.put("legend", Map.of("top", 0));
		option.put("grid", Map.of("left", 8, "right", 8, "top", 34, "bottom", 8, "containLabel", true));
		option.put("xAxis", Map.of("type", "category", "data", when, "axisTick", Map.of("show", false)));
		option.put("yAxis", List.of(
				Map.of("type", "value", "min", 0, "max", 100, "splitLine", Map.of("lineStyle", Map.of("color", "#edf1f2"))),
				Map.of("type", "value", "minInterval", 1, "splitLine", Map.of("show", false))));
		Map<String, Object> index = new LinkedHashMap<>();
		index.put("name", "Alignment index");
		index.put("type", "line");
		index.put("smooth", true);
		index.put("symbolSize", 6);
		index.put("lineStyle", Map.of("width", 3, "color", "#2f6f73"));
		index.put("itemStyle", Map.of("color", "#2f6f73"));
		index.put("areaStyle", Map.of("color", "rgba(47,111,115,0.08)"));
		index.put("data", runs.stream().map(AuditQueries.Run::index).toList());
		Map<String, Object> critical = new LinkedHashMap<>();
		critical.put("name", "Critical findings");
		critical.put("type", "bar");
		critical.put("yAxisIndex", 1);
		critical.put("barMaxWidth", 10);
		critical.put("itemStyle", Map.of("color", "rgba(192,57,43,0.45)"));
		critical.put("data", runs.stream().map(AuditQueries.Run::critical).toList());
		option.put("series", List.of(index, critical));
		return ChartJson.of(option);
	}

	/** Horizontal bars, one per group, coloured by score; a click filters the dashboard to the group. */
	static String groups(List<AuditQueries.GroupScore> scores, String slug) {
		return ChartJson.of(groupOption(scores, slug));
	}

	private static Map<String, Object> groupOption(List<AuditQueries.GroupScore> scores, String slug) {
		List<String> names = new ArrayList<>();
		List<Object> data = new ArrayList<>();
		for (int i = scores.size() - 1; i >= 0; i--) {
			AuditQueries.GroupScore score = scores.get(i);
			names.add(score.name());
			data.add(Map.of("value", score.score(), "itemStyle", Map.of("color", HealthColours.ofScore(score.score())),
					"url", "/o/" + slug + "/dashboard?group=" + score.kind() + ":" + score.key() + "#why"));
		}
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("tooltip", Map.of("trigger", "item", "formatter", "{b}: {c}"));
		option.put("grid", Map.of("left", 8, "right", 34, "top", 4, "bottom", 4, "containLabel", true));
		option.put("xAxis", Map.of("type", "value", "min", 0, "max", 100, "splitLine", Map.of("lineStyle", Map.of("color", "#edf1f2"))));
		option.put("yAxis", Map.of("type", "category", "data", names, "axisTick", Map.of("show", false),
				"axisLabel", Map.of("width", 150, "overflow", "truncate")));
		option.put("series", List.of(Map.of("type", "bar", "barMaxWidth", 16, "data", data, "cursor", "pointer",
				"label", Map.of("show", true, "position", "right", "fontSize", 11))));
		return option;
	}

	/**
	 * The teams' scores, lowest on top (the teams that most need a look first). With more than
	 * {@value #TEAMS_IN_VIEW} teams the chart shows that many at a time and scrolls (a slider, the mouse wheel):
	 * at scale L, 800 bars in one chart were a pixel each, and their option was 140 KB of every dashboard.
	 */
	static String teams(List<AuditQueries.GroupScore> scores, String slug) {
		List<AuditQueries.GroupScore> lowestFirst = new ArrayList<>(scores);
		lowestFirst.sort(Comparator.comparingInt(AuditQueries.GroupScore::score).thenComparing(AuditQueries.GroupScore::name));
		Map<String, Object> option = new LinkedHashMap<>(groupOption(lowestFirst, slug));
		int bars = lowestFirst.size();
		if (bars > TEAMS_IN_VIEW) {
			// categories run bottom to top: the lowest scores are the last ones
			option.put("dataZoom", List.of(
					Map.of("type", "slider", "yAxisIndex", 0, "startValue", bars - TEAMS_IN_VIEW, "endValue", bars - 1,
							"right", 4, "width", 14, "showDetail", false, "brushSelect", false, "zoomLock", true),
					Map.of("type", "inside", "yAxisIndex", 0, "zoomOnMouseWheel", false, "moveOnMouseWheel", true,
							"moveOnMouseMove", false)));
			option.put("grid", Map.of("left", 8, "right", 48, "top", 4, "bottom", 4, "containLabel", true));
		}
		option.put("plumblineHeight", height(Math.min(bars, TEAMS_IN_VIEW)));
		return ChartJson.of(option);
	}

	/** A height that fits {@code bars} horizontal bars. */
	static int height(int bars) {
		return Math.max(120, Math.min(900, 28 * bars + 20));
	}

}
