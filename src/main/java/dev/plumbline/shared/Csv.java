package dev.plumbline.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads small CSV uploads (RFC 4180: commas, double-quoted fields, doubled quotes) with a required
 * header. Every problem names its line, so that a bulk upload can be refused whole with all its errors.
 */
public final class Csv {

	/** A data row with its line number in the file (the header is line 1). */
	public record Row(int line, List<String> values) {

		public String get(int column) {
			return column < this.values.size() ? this.values.get(column).strip() : "";
		}

	}

	public static final int MAX_ROWS = 100_000;

	private Csv() {
	}

	/**
	 * @param header the expected column names, in order
	 * @throws InvalidInputException when the header is wrong, a quote is unclosed, a row has the wrong number
	 * of fields, or the file is empty or too long (each problem's field is {@code line N})
	 */
	public static List<Row> read(String text, List<String> header) {
		List<Row> rows = new ArrayList<>();
		List<FieldProblem> problems = new ArrayList<>();
		List<List<String>> records = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		parse(text == null ? "" : text.replace("\uFEFF", ""), records, lines, problems);
		if (records.isEmpty()) {
			throw new InvalidInputException("file", "is empty: expected the header " + String.join(",", header));
		}
		List<String> actual = records.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
		if (!actual.equals(header)) {
			throw new InvalidInputException("line 1",
					"the header must be " + String.join(",", header) + " (was " + String.join(",", records.get(0)) + ")");
		}
		for (int i = 1; i < records.size(); i++) {
			List<String> record = records.get(i);
			if (record.size() == 1 && record.get(0).isBlank()) {
				continue;
			}
			if (record.size() != header.size()) {
				problems.add(new FieldProblem("line " + lines.get(i),
						"has " + record.size() + " fields, expected " + header.size()));
				continue;
			}
			rows.add(new Row(lines.get(i), record));
		}
		if (rows.size() > MAX_ROWS) {
			problems.add(new FieldProblem("file", "has more than " + MAX_ROWS + " rows; split it"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return rows;
	}

	private static void parse(String text, List<List<String>> records, List<Integer> lines, List<FieldProblem> problems) {
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int recordLine = 1;
		boolean any = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			any = true;
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				record.add(field.toString());
				field.setLength(0);
				records.add(record);
				lines.add(recordLine);
				record = new ArrayList<>();
				line++;
				recordLine = line;
				any = false;
			}
			else {
				field.append(c);
			}
		}
		if (quoted) {
			problems.add(new FieldProblem("line " + recordLine, "has a quote that is never closed"));
		}
		if (any || !field.isEmpty() || !record.isEmpty()) {
			record.add(field.toString());
			records.add(record);
			lines.add(recordLine);
		}
	}

}
