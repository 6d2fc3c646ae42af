package dev.plumbline.shared;

import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an ECharts option (maps and lists) into the JSON a page puts in {@code data-chart}; the page's
 * script draws it (no inline script: the CSP forbids it).
 */
public final class ChartJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ChartJson() {
	}

	public static String of(Object option) {
		return JSON.writeValueAsString(option);
	}

}
