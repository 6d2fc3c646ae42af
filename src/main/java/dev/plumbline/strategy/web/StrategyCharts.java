package dev.plumbline.strategy.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.plumbline.shared.ChartJson;
import dev.plumbline.strategy.PortfolioShares;

/**
 * The portfolio's ECharts option, built on the server and handed to the page as JSON.
 */
final class StrategyCharts {

	static final String WEIGHT = "#c9d3d6";

	static final String BUDGET = "#2f6f73";

	static final String FTE = "#e0a03a";

	private StrategyCharts() {
	}

	/** For each pillar, its share of the budget and FTE of active initiatives beside its share of weight. */
	static String shares(PortfolioShares shares) {
		List<String> names = shares.pillars().stream().map(PortfolioShares.PillarShare::name).toList();
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
		option.put("legend", Map.of("top", 0, "itemGap", 18));
		option.put("grid", Map.of("left", 8, "right", 16, "top", 40, "bottom", 8, "containLabel", true));
		option.put("xAxis", Map.of("type", "category", "data", names, "axisTick", Map.of("show", false),
				"axisLabel", Map.of("interval", 0, "lineHeight", 16)));
		option.put("yAxis", Map.of("type", "value", "axisLabel", Map.of("formatter", "{value} %"), "splitLine",
				Map.of("lineStyle", Map.of("color", "#edf1f2"))));
		option.put("series", List.of(
				bar("Share of pillar weight", WEIGHT, shares.pillars().stream().map(PortfolioShares.PillarShare::weightShare).toList()),
				bar("Share of budget", BUDGET, shares.pillars().stream().map(PortfolioShares.PillarShare::budgetShare).toList()),
				bar("Share of FTE", FTE, shares.pillars().stream().map(PortfolioShares.PillarShare::fteShare).toList())));
		return ChartJson.of(option);
	}

	private static Map<String, Object> bar(String name, String color, List<Double> values) {
		Map<String, Object> series = new LinkedHashMap<>();
		series.put("name", name);
		series.put("type", "bar");
		series.put("barMaxWidth", 28);
		series.put("itemStyle", Map.of("color", color, "borderRadius", List.of(3, 3, 0, 0)));
		series.put("label", Map.of("show", true, "position", "top", "formatter", "{c}", "fontSize", 10, "color", "#5b6b70"));
		series.put("data", values);
		return series;
	}

}
