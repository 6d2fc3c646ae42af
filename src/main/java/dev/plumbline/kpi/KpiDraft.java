package dev.plumbline.kpi;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a person types to define a KPI. {@code owner} is a person's id or key (blank: no owner);
 * {@code cadence} and {@code direction} are names in any case (e.g. {@code monthly}, {@code decrease}).
 */
public record KpiDraft(String key, String name, String unit, String owner, List<String> pillars, String cadence,
		String direction, BigDecimal target, BigDecimal red, BigDecimal green) {

	public KpiDraft {
		pillars = pillars == null ? List.of() : pillars.stream().filter(p -> p != null && !p.isBlank()).toList();
	}

}
