package dev.plumbline.strategy.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

import dev.plumbline.strategy.Initiative;
import dev.plumbline.strategy.InitiativeDraft;

/**
 * The initiative form: pillars as checkboxes, objectives as a multi-select, pain points one per line. A
 * mutable bean so that what the person typed comes back whole when something is refused.
 */
public class InitiativeForm {

	private long version;

	private String key = "";

	private String name = "";

	private String description = "";

	private String owner = "";

	private String status = "PROPOSED";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate start;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate end;

	private BigDecimal budget = BigDecimal.ZERO;

	private BigDecimal fte = BigDecimal.ZERO;

	private Integer progress = 0;

	private List<String> pillars = new ArrayList<>();

	private List<String> objectives = new ArrayList<>();

	private String painPoints = "";

	static InitiativeForm of(Initiative initiative) {
		InitiativeForm form = new InitiativeForm();
		form.version = initiative.version();
		form.key = initiative.key();
		form.name = initiative.name();
		form.description = initiative.description();
		form.owner = initiative.ownerId() == null ? "" : initiative.ownerId().toString();
		form.status = initiative.status().name();
		form.start = initiative.start();
		form.end = initiative.end();
		form.budget = initiative.budget();
		form.fte = initiative.fte();
		form.progress = initiative.progress();
		form.pillars = new ArrayList<>(initiative.pillarKeys());
		form.objectives = new ArrayList<>(initiative.objectiveIds().stream().map(UUID::toString).toList());
		form.painPoints = String.join("\n", initiative.painPoints());
		return form;
	}

	InitiativeDraft toDraft() {
		UUID ownerId = null;
		if (this.owner != null && !this.owner.isBlank()) {
			try {
				ownerId = UUID.fromString(this.owner.strip());
			}
			catch (IllegalArgumentException ex) {
				ownerId = new UUID(0, 0); // no such person: the rules say so on the owner field
			}
		}
		return new InitiativeDraft(this.key, this.name, this.description, ownerId, this.status, this.start, this.end,
				this.budget, this.fte, this.progress, this.pillars, this.objectives, Arrays
					.stream(this.painPoints == null ? new String[0] : this.painPoints.split("\\R"))
					.map(String::strip)
					.filter(line -> !line.isEmpty())
					.toList());
	}

	/** The form field a problem of the draft belongs to ({@code pillars[1]} → {@code pillars}). */
	static String formField(String field) {
		return field.replaceFirst("\\[\\d+]$", "");
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

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getOwner() {
		return this.owner;
	}

	public void setOwner(String owner) {
		this.owner = owner;
	}

	public String getStatus() {
		return this.status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public LocalDate getStart() {
		return this.start;
	}

	public void setStart(LocalDate start) {
		this.start = start;
	}

	public LocalDate getEnd() {
		return this.end;
	}

	public void setEnd(LocalDate end) {
		this.end = end;
	}

	public BigDecimal getBudget() {
		return this.budget;
	}

	public void setBudget(BigDecimal budget) {
		this.budget = budget;
	}

	public BigDecimal getFte() {
		return this.fte;
	}

	public void setFte(BigDecimal fte) {
		this.fte = fte;
	}

	public Integer getProgress() {
		return this.progress;
	}

	public void setProgress(Integer progress) {
		this.progress = progress;
	}

	public List<String> getPillars() {
		return this.pillars;
	}

	public void setPillars(List<String> pillars) {
		this.pillars = pillars == null ? new ArrayList<>() : pillars;
	}

	public List<String> getObjectives() {
		return this.objectives;
	}

	public void setObjectives(List<String> objectives) {
		this.objectives = objectives == null ? new ArrayList<>() : objectives;
	}

	public String getPainPoints() {
		return this.painPoints;
	}

	public void setPainPoints(String painPoints) {
		this.painPoints = painPoints;
	}

}
