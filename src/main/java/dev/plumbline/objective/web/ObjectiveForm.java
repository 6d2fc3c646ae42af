package dev.plumbline.objective.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.format.annotation.DateTimeFormat;

import dev.plumbline.objective.Direction;
import dev.plumbline.objective.ObjectiveDraft;
import dev.plumbline.objective.ObjectiveDraft.KeyResultDraft;
import dev.plumbline.objective.ObjectiveStatus;
import dev.plumbline.objective.ObjectiveViews.Detail;

/**
 * The objective form. A mutable bean because it binds indexed key result rows ({@code keyResults[2].target});
 * rows left entirely blank are ignored, and problems are mapped back to the row the person typed them in.
 */
public class ObjectiveForm {

	private static final Pattern INDEXED = Pattern.compile("^keyResults\\[(\\d+)](.*)$");

	private UUID id;

	private long version;

	private String key = "";

	private String title = "";

	private String description = "";

	private UUID owner;

	private UUID team;

	private UUID parent;

	private List<String> pillars = new ArrayList<>();

	private Integer priority;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate start;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate due;

	private ObjectiveStatus status = ObjectiveStatus.ACTIVE;

	private List<KeyResultRow> keyResults = new ArrayList<>();

	static ObjectiveForm blank(UUID owner, UUID team) {
		ObjectiveForm form = new ObjectiveForm();
		form.owner = owner;
		form.team = team;
		form.keyResults.add(new KeyResultRow());
		return form;
	}

	static ObjectiveForm of(Detail detail) {
		ObjectiveForm form = new ObjectiveForm();
		var o = detail.objective();
		form.id = o.id();
		form.version = o.version();
		form.key = o.key();
		form.title = o.title();
		form.description = detail.description();
		form.owner = o.ownerId();
		form.team = o.teamId();
		form.parent = detail.parent() == null ? null : detail.parent().id();
		form.pillars = new ArrayList<>(o.pillars());
		form.priority = o.priority();
		form.start = o.start();
		form.due = o.due();
		form.status = o.status();
		detail.keyResults().forEach(k -> {
			KeyResultRow row = new KeyResultRow();
			row.key = k.key();
			row.title = k.title();
			row.unit = k.unit();
			row.baseline = plain(k.baseline());
			row.target = plain(k.target());
			row.direction = k.direction();
			form.keyResults.add(row);
		});
		return form;
	}

	ObjectiveDraft toDraft() {
		return new ObjectiveDraft(this.key, this.title, this.description, this.owner, this.team, this.parent,
				this.pillars, this.priority, this.start, this.due, this.status,
				usedRows().stream().map(r -> new KeyResultDraft(r.key, r.title, r.unit, r.baseline, r.target, r.direction)).toList());
	}

	/** Rewrites a problem's field ({@code keyResults[0].target} of the draft) to this form's row index. */
	String formField(String draftField) {
		if (draftField.startsWith("pillars")) {
			return "pillars";
		}
		if (draftField.equals("children")) {
			return "parent";
		}
		Matcher matcher = INDEXED.matcher(draftField);
		if (!matcher.matches()) {
			return draftField;
		}
		int draftIndex = Integer.parseInt(matcher.group(1));
		List<KeyResultRow> used = usedRows();
		int formIndex = draftIndex < used.size() ? this.keyResults.indexOf(used.get(draftIndex)) : draftIndex;
		String rest = matcher.group(2);
		return "keyResults[" + formIndex + "]" + ((rest.isEmpty() || rest.equals(".key")) ? ".title" : rest);
	}

	private List<KeyResultRow> usedRows() {
		return this.keyResults.stream().filter(r -> r != null && !r.blank()).toList();
	}

	private static BigDecimal plain(BigDecimal value) {
		return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
	}

	public UUID getId() { return this.id; }
	public void setId(UUID id) { this.id = id; }
	public long getVersion() { return this.version; }
	public void setVersion(long version) { this.version = version; }
	public String getKey() { return this.key; }
	public void setKey(String key) { this.key = key; }
	public String getTitle() { return this.title; }
	public void setTitle(String title) { this.title = title; }
	public String getDescription() { return this.description; }
	public void setDescription(String description) { this.description = description; }
	public UUID getOwner() { return this.owner; }
	public void setOwner(UUID owner) { this.owner = owner; }
	public UUID getTeam() { return this.team; }
	public void setTeam(UUID team) { this.team = team; }
	public UUID getParent() { return this.parent; }
	public void setParent(UUID parent) { this.parent = parent; }
	public List<String> getPillars() { return this.pillars; }
	public void setPillars(List<String> pillars) { this.pillars = pillars == null ? new ArrayList<>() : pillars; }
	public Integer getPriority() { return this.priority; }
	public void setPriority(Integer priority) { this.priority = priority; }
	public LocalDate getStart() { return this.start; }
	public void setStart(LocalDate start) { this.start = start; }
	public LocalDate getDue() { return this.due; }
	public void setDue(LocalDate due) { this.due = due; }
	public ObjectiveStatus getStatus() { return this.status; }
	public void setStatus(ObjectiveStatus status) { this.status = status; }
	public List<KeyResultRow> getKeyResults() { return this.keyResults; }
	public void setKeyResults(List<KeyResultRow> keyResults) { this.keyResults = keyResults; }

	/** One key result row. */
	public static class KeyResultRow {

		private String key;

		private String title;

		private String unit;

		private BigDecimal baseline;

		private BigDecimal target;

		private Direction direction = Direction.INCREASE;

		boolean blank() {
			return (this.title == null || this.title.isBlank()) && (this.unit == null || this.unit.isBlank())
					&& this.baseline == null && this.target == null;
		}

		public String getKey() { return this.key; }
		public void setKey(String key) { this.key = key; }
		public String getTitle() { return this.title; }
		public void setTitle(String title) { this.title = title; }
		public String getUnit() { return this.unit; }
		public void setUnit(String unit) { this.unit = unit; }
		public BigDecimal getBaseline() { return this.baseline; }
		public void setBaseline(BigDecimal baseline) { this.baseline = baseline; }
		public BigDecimal getTarget() { return this.target; }
		public void setTarget(BigDecimal target) { this.target = target; }
		public Direction getDirection() { return this.direction; }
		public void setDirection(Direction direction) { this.direction = direction; }

	}

}
