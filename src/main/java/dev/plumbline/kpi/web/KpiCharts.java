package dev.plumbline.kpi.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.plumbline.kpi.Direction;
import dev.plumbline.kpi.Kpi;
import dev.plumbline.kpi.KpiQueries;
import dev.plumbline.kpi.KpiSparklines;
import dev.plumbline.kpi.KpiStatus;
import dev.plumbline.kpi.Measurement;
import dev.plumbline.shared.ChartJson;

/**
 * ECharts options for KPIs: a tiny sparkline for the scorecard and the trend chart of the KPI page, with
 * the target line and the red, amber and green bands.
 */
final class KpiCharts {

	static final String RED = "#b85c5c";

	static final String AMBER = "#e0a03a";

	static final String GREEN = "#4f8f5a";

	static final String LINE = "#2f6f73";

	private KpiCharts() {
	}

	static String colour(KpiStatus status) {
		return switch (status) {
			case RED -> RED;
			case AMBER -> AMBER;
			case GREEN -> GREEN;
			case NONE -> "#8a969c";
		};
	}

	/** At most this many points in a sparkline: it is about a hundred pixels wide. */
	static final int SPARKLINE_POINTS = 60;

	/**
	 * A line without axes, coloured by the KPI's status; null when there is nothing to draw. A year of
	 * daily measurements is thinned to {@link #SPARKLINE_POINTS} (by the query, see
	 * {@link dev.plumbline.kpi.KpiQueries#recent}): 25 KPIs of 365 points each made the scorecard 170 KB of
	 * chart data, most of its rendering time, for lines a hundred pixels wide. The x axis is hidden and
	 * carries no dates: the points are in order.
	 */
	static String sparkline(Kpi kpi, List<Measurement> all) {
		if (all.size() < 2) {
			return null;
		}
		List<Measurement> measurements = KpiSparklines.spread(all, SPARKLINE_POINTS);
		Map<String, Object> series = new LinkedHashMap<>();
		series.put("type", "line");
		series.put("data", measurements.stream().map(Measurement::value).toList());
		series.put("showSymbol", false);
		series.put("smooth", true);
		series.put("lineStyle", Map.of("width", 2, "color", colour(kpi.status())));
		series.put("silent", true);
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("animation", false);
		option.put("grid", Map.of("left", 2, "right", 2, "top", 3, "bottom", 3));
		option.put("xAxis", Map.of("type", "category", "show", false, "boundaryGap", false));
		option.put("yAxis", Map.of("type", "value", "show", false, "scale", true));
		option.put("series", List.of(series));
		return ChartJson.of(option);
	}

	/** The measurements over time against the target line and the threshold bands. */
	static String trend(Kpi kpi, List<Measurement> measurements) {
		List<BigDecimal> values = new ArrayList<>(measurements.stream().map(Measurement::value).toList());
		values.addAll(List.of(kpi.red(), kpi.green(), kpi.target()));
		BigDecimal min = values.stream().min(BigDecimal::compareTo).orElseThrow();
		BigDecimal max = values.stream().max(BigDecimal::compareTo).orElseThrow();
		BigDecimal pad = max.subtract(min).signum() == 0 ? BigDecimal.ONE : max.subtract(min).multiply(new BigDecimal("0.08"));
		double low = min.subtract(pad).doubleValue();
		double high = max.add(pad).doubleValue();
		boolean up = kpi.direction() == Direction.INCREASE;
		List<Object> bands = List.of(band("red", RED, up ? low : kpi.red().doubleValue(), up ? kpi.red().doubleValue() : high),
				band("amber", AMBER, Math.min(kpi.red().doubleValue(), kpi.green().doubleValue()),
						Math.max(kpi.red().doubleValue(), kpi.green().doubleValue())),
				band("green", GREEN, up ? kpi.green().doubleValue() : low, up ? high : kpi.green().doubleValue()));
		Map<String, Object> series = new LinkedHashMap<>();
		series.put("name", kpi.name());
		series.put("type", "line");
		series.put("data", measurements.stream().map(m -> List.of(m.date().toString(), m.value())).toList());
		series.put("symbolSize", 6);
		series.put("lineStyle", Map.of("width", 2.5, "color", LINE));
		series.put("itemStyle", Map.of("color", LINE));
		series.put("markArea", Map.of("silent", true, "data", bands));
		series.put("markLine", Map.of("silent", true, "symbol", "none",
				"lineStyle", Map.of("type", "dashed", "color", "#1d3b40", "width", 1.5),
				"label", Map.of("formatter", "target " + kpi.target().toPlainString(), "position", "insideEndTop"),
				"data", List.of(Map.of("yAxis", kpi.target()))));
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("grid", Map.of("left", 56, "right", 24, "top", 24, "bottom", 32));
		option.put("tooltip", Map.of("trigger", "axis"));
		option.put("xAxis", Map.of("type", "time"));
		option.put("yAxis", Map.of("type", "value", "min", round(low), "max", round(high), "name", kpi.unit(),
				"axisLabel", Map.of("showMinLabel", false, "showMaxLabel", false),
				"splitLine", Map.of("lineStyle", Map.of("color", "#eef1f2"))));
		option.put("series", List.of(series));
		return ChartJson.of(option);
	}

	private static List<Object> band(String name, String colour, double from, double to) {
		return List.of(Map.of("name", name, "yAxis", round(from), "itemStyle", Map.of("color", colour, "opacity", 0.12),
				"label", Map.of("show", false)), Map.of("yAxis", round(to)));
	}

	private static double round(double value) {
		return Math.round(value * 100.0) / 100.0;
	}

}
