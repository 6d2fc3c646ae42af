package dev.plumbline.kpi;

import java.util.UUID;

/**
 * Which KPIs a list shows: by pillar key, by owner (person id) and by status ({@code RED}, {@code AMBER},
 * {@code GREEN}, {@code NONE} or {@code STALE}); null means any.
 */
public record KpiFilter(String pillar, UUID owner, String status) {

	public static final KpiFilter ALL = new KpiFilter(null, null, null);

	public KpiFilter {
		pillar = blankToNull(pillar);
		status = blankToNull(status) == null ? null : status.strip().toUpperCase(java.util.Locale.ROOT);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
