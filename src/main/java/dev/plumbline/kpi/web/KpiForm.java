package dev.plumbline.kpi.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dev.plumbline.kpi.Kpi;
import dev.plumbline.kpi.KpiDraft;

/**
 * The create and edit form of a KPI. A mutable bean for Thymeleaf's {@code th:field}; the problems of
 * the draft ({@code thresholds.red}) are mapped back to the form's fields ({@code red}).
 */
public class KpiForm {

	private long version;

	private String key = "";

	private String name = "";

	private String unit = "";

	private String owner = "";

	private List<String> pillars = new ArrayList<>();

	private String cadence = "MONTHLY";

	private String direction = "INCREASE";

	private BigDecimal target;

	private BigDecimal red;

	private BigDecimal green;

	static KpiForm of(Kpi kpi) {
		KpiForm form = new KpiForm();
		form.version = kpi.version();
		form.key = kpi.key();
		form.name = kpi.name();
		form.unit = kpi.unit();
		form.owner = kpi.ownerId() == null ? "" : kpi.ownerId().toString();
		form.pillars = new ArrayList<>(kpi.pillars());
		form.cadence = kpi.cadence().name();
		form.direction = kpi.direction().name();
		form.target = kpi.target();
		form.red = kpi.red();
		form.green = kpi.green();
		return form;
	}

	KpiDraft toDraft() {
		return new KpiDraft(this.key, this.name, this.unit, this.owner, this.pillars, this.cadence, this.direction,
				this.target, this.red, this.green);
	}

	static String formField(String field) {
		return switch (field) {
			case "thresholds.red" -> "red";
			case "thresholds.green" -> "green";
			default -> field.startsWith("pillars[") ? "pillars" : field;
		};
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getKey() {
		return this.key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getUnit() {
		return this.unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public String getOwner() {
		return this.owner;
	}

	public void setOwner(String owner) {
		this.owner = owner;
	}

	public List<String> getPillars() {
		return this.pillars;
	}

	public void setPillars(List<String> pillars) {
		this.pillars = pillars == null ? new ArrayList<>() : pillars;
	}

	public String getCadence() {
		return this.cadence;
	}

	public void setCadence(String cadence) {
		this.cadence = cadence;
	}

	public String getDirection() {
		return this.direction;
	}

	public void setDirection(String direction) {
		this.direction = direction;
	}

	public BigDecimal getTarget() {
		return this.target;
	}

	public void setTarget(BigDecimal target) {
		this.target = target;
	}

	public BigDecimal getRed() {
		return this.red;
	}

	public void setRed(BigDecimal red) {
		this.red = red;
	}

	public BigDecimal getGreen() {
		return this.green;
	}

	public void setGreen(BigDecimal green) {
		this.green = green;
	}

}
