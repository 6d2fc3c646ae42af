package dev.plumbline.charter.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.plumbline.charter.Charter;
import dev.plumbline.charter.CharterContent;
import dev.plumbline.charter.CharterValue;
import dev.plumbline.charter.Pillar;

/**
 * The charter edit form. A mutable bean because it binds indexed rows ({@code pillars[2].weight}); rows
 * left entirely blank are ignored, and problems found on the content are mapped back to the row the
 * person typed them in.
 */
public class CharterForm {

	private static final Pattern INDEXED = Pattern.compile("^(values|pillars)\\[(\\d+)](.*)$");

	private long version;

	/** Set when the person, told that someone saved meanwhile, chose to save over that version. */
	private Long overwrite;

	private String vision = "";

	private String mission = "";

	private List<ValueRow> values = new ArrayList<>();

	private List<PillarRow> pillars = new ArrayList<>();

	static CharterForm of(Charter charter) {
		CharterForm form = new CharterForm();
		form.version = charter.version();
		form.vision = charter.content().vision();
		form.mission = charter.content().mission();
		charter.content().values().forEach(v -> form.values.add(new ValueRow(v.key(), v.name(), v.description(),
				String.join("\n", v.behaviors()))));
		charter.content().pillars().forEach(p -> form.pillars.add(new PillarRow(p.key(), p.name(), p.description(),
				p.weight())));
		return form;
	}

	CharterContent toContent() {
		List<CharterValue> valueList = usedValues().stream()
			.map(row -> new CharterValue(blankToNull(row.getKey()), row.getName(), row.getDescription(),
					Arrays.stream(row.getBehaviors() == null ? new String[0] : row.getBehaviors().split("\\R"))
						.map(String::strip)
						.filter(line -> !line.isEmpty())
						.toList()))
			.toList();
		List<Pillar> pillarList = usedPillars().stream()
			.map(row -> new Pillar(blankToNull(row.getKey()), row.getName(), row.getDescription(), row.getWeight()))
			.toList();
		return new CharterContent(this.vision, this.mission, valueList, pillarList);
	}

	/** Rewrites a problem's field ({@code pillars[0].weight} of the content) to this form's row index. */
	String formField(String contentField) {
		Matcher matcher = INDEXED.matcher(contentField);
		if (!matcher.matches()) {
			return contentField;
		}
		int contentIndex = Integer.parseInt(matcher.group(2));
		List<?> used = matcher.group(1).equals("values") ? usedValues() : usedPillars();
		List<?> all = matcher.group(1).equals("values") ? this.values : this.pillars;
		int formIndex = contentIndex < used.size() ? all.indexOf(used.get(contentIndex)) : contentIndex;
		String rest = matcher.group(3).replaceFirst("^\\.behaviors\\[\\d+]$", ".behaviors");
		return matcher.group(1) + "[" + formIndex + "]" + ((rest.isEmpty() || rest.equals(".key")) ? ".name" : rest);
	}

	private List<ValueRow> usedValues() {
		return this.values.stream().filter(row -> row != null && !row.blank()).toList();
	}

	private List<PillarRow> usedPillars() {
		return this.pillars.stream().filter(row -> row != null && !row.blank()).toList();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	/** The version this save is based on: the one edited, or the newer one the person chose to overwrite. */
	long basedOn() {
		return this.overwrite != null ? this.overwrite : this.version;
	}

	public Long getOverwrite() {
		return this.overwrite;
	}

	public void setOverwrite(Long overwrite) {
		this.overwrite = overwrite;
	}

	public String getVision() {
		return this.vision;
	}

	public void setVision(String vision) {
		this.vision = vision;
	}

	public String getMission() {
		return this.mission;
	}

	public void setMission(String mission) {
		this.mission = mission;
	}

	public List<ValueRow> getValues() {
		return this.values;
	}

	public void setValues(List<ValueRow> values) {
		this.values = values;
	}

	public List<PillarRow> getPillars() {
		return this.pillars;
	}

	public void setPillars(List<PillarRow> pillars) {
		this.pillars = pillars;
	}

	/** One value row; behaviours are typed one per line. */
	public static class ValueRow {

		private String key;

		private String name;

		private String description;

		private String behaviors;

		public ValueRow() {
		}

		ValueRow(String key, String name, String description, String behaviors) {
			this.key = key;
			this.name = name;
			this.description = description;
			this.behaviors = behaviors;
		}

		boolean blank() {
			return CharterForm.blank(this.name) && CharterForm.blank(this.description) && CharterForm.blank(this.behaviors);
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

		public String getBehaviors() {
			return this.behaviors;
		}

		public void setBehaviors(String behaviors) {
			this.behaviors = behaviors;
		}

	}

	/** One pillar row. */
	public static class PillarRow {

		private String key;

		private String name;

		private String description;

		private Integer weight;

		public PillarRow() {
		}

		PillarRow(String key, String name, String description, Integer weight) {
			this.key = key;
			this.name = name;
			this.description = description;
			this.weight = weight;
		}

		boolean blank() {
			return CharterForm.blank(this.name) && CharterForm.blank(this.description) && this.weight == null;
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

		public Integer getWeight() {
			return this.weight;
		}

		public void setWeight(Integer weight) {
			this.weight = weight;
		}

	}

}
