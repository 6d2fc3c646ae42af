package dev.plumbline.kpi.web;

import java.math.BigDecimal;
import java.util.List;

import dev.plumbline.kpi.KpiDraft;

/**
 * A KPI definition in the API ({@code POST} and {@code PUT /kpis}); names follow the organization file.
 * {@code owner} is a person's id or key; {@code version} is required on {@code PUT}.
 */
record KpiRequest(String key, String name, String unit, String owner, List<String> pillars, String cadence,
		String direction, BigDecimal target, Thresholds thresholds, Long version) {

	/** Where red and green begin. */
	record Thresholds(BigDecimal red, BigDecimal green) {
	}

	KpiDraft toDraft() {
		Thresholds t = this.thresholds == null ? new Thresholds(null, null) : this.thresholds;
		return new KpiDraft(this.key, this.name, this.unit, this.owner, this.pillars, this.cadence, this.direction,
				this.target, t.red(), t.green());
	}

}
