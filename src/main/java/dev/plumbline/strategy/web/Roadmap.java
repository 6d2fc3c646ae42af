package dev.plumbline.strategy.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.plumbline.objective.ObjectiveSummary;
import dev.plumbline.shared.ChartJson;
import dev.plumbline.strategy.Initiative;

/**
 * Initiatives and objectives on one timeline, grouped by pillar or by team; items without both dates are
 * listed apart. The chart is a Gantt drawn by the page script's {@code gantt} renderer.
 */
record Roadmap(String by, List<Group> groups, List<Item> undated, String chart, int height) {

	record Item(String kind, String name, String owner, String group, LocalDate start, LocalDate end, int progress,
			String status, String href) {

		boolean dated() {
			return this.start != null && this.end != null;
		}

	}

	record Group(String name, List<Item> items) {
	}

	static final String NO_PILLAR = "No pillar";

	static final String NO_TEAM = "No team";

	static Roadmap of(String by, Map<String, String> pillarNames, List<Initiative> initiatives,
			List<ObjectiveSummary> objectives, String slug, LocalDate today) {
		boolean byTeam = "team".equals(by);
		List<Item> items = new ArrayList<>();
		for (Initiative i : initiatives) {
			String group = byTeam ? orElse(i.ownerTeamName(), NO_TEAM) : firstPillar(pillarNames, i.pillarKeys());
			items.add(new Item("Initiative", i.name(), i.ownerName(), group, i.start(), i.end(), i.progress(),
					i.status().name(), "/o/" + slug + "/initiatives/" + i.id()));
		}
		for (ObjectiveSummary o : objectives) {
			String group = byTeam ? orElse(o.teamName(), NO_TEAM) : firstPillar(pillarNames, o.pillarKeys());
			items.add(new Item("Objective", o.title(), o.ownerName(), group, o.start(), o.due(),
					(int) Math.round(o.progress()), o.status(), "/o/" + slug + "/objectives/" + o.id()));
		}
		List<String> order = new ArrayList<>(byTeam ? List.of() : pillarNames.values());
		items.stream().map(Item::group).distinct().sorted().filter(g -> !order.contains(g)).forEach(order::add);
		order.remove(byTeam ? NO_TEAM : NO_PILLAR);
		order.add(byTeam ? NO_TEAM : NO_PILLAR);
		Map<String, List<Item>> grouped = new LinkedHashMap<>();
		order.forEach(g -> grouped.put(g, new ArrayList<>()));
		items.stream()
			.filter(Item::dated)
			.sorted(Comparator.comparing(Item::start).thenComparing(Item::name))
			.forEach(item -> grouped.get(item.group()).add(item));
		List<Group> groups = grouped.entrySet().stream().filter(e -> !e.getValue().isEmpty())
			.map(e -> new Group(e.getKey(), e.getValue())).toList();
		List<Item> undated = items.stream().filter(item -> !item.dated()).toList();
		int rows = groups.stream().mapToInt(g -> g.items().size() + 1).sum();
		return new Roadmap(byTeam ? "team" : "pillar", groups, undated, chart(groups, today), Math.max(160, rows * 30 + 70));
	}

	private static String chart(List<Group> groups, LocalDate today) {
		List<Object> labels = new ArrayList<>();
		List<Object> initiatives = new ArrayList<>();
		List<Object> objectives = new ArrayList<>();
		LocalDate min = today;
		LocalDate max = today;
		for (Group group : groups) {
			labels.add(Map.of("value", group.name().toUpperCase(java.util.Locale.ROOT), "textStyle",
					Map.of("fontWeight", "bold", "color", "#1f4f52", "fontSize", 11)));
			for (Item item : group.items()) {
				int row = labels.size();
				labels.add(item.name() + (item.owner() == null ? "" : "  · " + item.owner()));
				String tip = item.kind() + ": " + item.name() + " — " + orElse(item.owner(), "no owner") + " — "
						+ item.start() + " to " + item.end() + " — " + item.status().toLowerCase(java.util.Locale.ROOT)
						+ ", " + item.progress() + " %";
				Map<String, Object> datum = Map.of("name", tip, "value",
						List.of(row, millis(item.start()), millis(item.end().plusDays(1)), item.progress()));
				("Objective".equals(item.kind()) ? objectives : initiatives).add(datum);
				min = item.start().isBefore(min) ? item.start() : min;
				max = item.end().isAfter(max) ? item.end() : max;
			}
		}
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("tooltip", Map.of("trigger", "item", "formatter", "{b}"));
		option.put("legend", Map.of("top", 0, "data", List.of("Initiative", "Objective")));
		option.put("grid", Map.of("left", 8, "right", 24, "top", 36, "bottom", 8, "containLabel", true));
		option.put("xAxis", Map.of("type", "time", "position", "top", "min", millis(min.withDayOfMonth(1)), "max",
				millis(max.plusMonths(1).withDayOfMonth(1)), "splitLine", Map.of("show", true, "lineStyle",
						Map.of("color", "#edf1f2")), "axisLabel", Map.of("hideOverlap", true)));
		option.put("yAxis", Map.of("type", "category", "inverse", true, "data", labels, "axisTick",
				Map.of("show", false), "axisLine", Map.of("show", false), "axisLabel",
				Map.of("width", 300, "overflow", "truncate", "color", "#334")));
		option.put("series", List.of(series("Initiative", StrategyCharts.BUDGET, initiatives, today),
				series("Objective", StrategyCharts.FTE, objectives, null)));
		return ChartJson.of(option);
	}

	private static Map<String, Object> series(String name, String color, Collection<Object> data, LocalDate today) {
		Map<String, Object> series = new LinkedHashMap<>();
		series.put("name", name);
		series.put("type", "custom");
		series.put("renderItem", "gantt");
		series.put("itemStyle", Map.of("color", color));
		series.put("encode", Map.of("x", List.of(1, 2), "y", 0));
		series.put("data", data);
		if (today != null) {
			series.put("markLine", Map.of("silent", true, "symbol", List.of("none", "none"), "animation", false,
					"lineStyle", Map.of("color", "#b85c5c", "type", "dashed", "width", 1.5),
					"label", Map.of("formatter", "today", "position", "start", "color", "#b85c5c"),
					"data", List.of(Map.of("xAxis", millis(today)))));
		}
		return series;
	}

	private static long millis(LocalDate date) {
		return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
	}

	private static String firstPillar(Map<String, String> pillarNames, Collection<String> keys) {
		return pillarNames.entrySet().stream().filter(e -> keys.contains(e.getKey())).map(Map.Entry::getValue)
			.findFirst().orElse(NO_PILLAR);
	}

	private static String orElse(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}

}
