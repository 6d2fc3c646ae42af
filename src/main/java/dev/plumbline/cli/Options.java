package dev.plumbline.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import dev.plumbline.audit.Severity;

/**
 * The arguments of {@code audit} and {@code validate}: the file and, for audit, the options.
 *
 * @param file the file to read, {@code -} for standard input
 * @param asOf the audit's "today" when given
 * @param json whether to print JSON rather than text
 * @param failOn the severity at or above which the audit exits 1, when given
 */
record Options(String file, LocalDate asOf, boolean json, Severity failOn) {

	/** Parses what follows the command; {@code withOptions} false for validate, which takes none. */
	static Options parse(List<String> arguments, boolean withOptions) {
		String file = null;
		LocalDate asOf = null;
		boolean json = false;
		Severity failOn = null;
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (argument.startsWith("--") && withOptions) {
				String name = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
				if (!List.of("--as-of", "--format", "--fail-on").contains(name)) {
					throw new Usage("unknown option " + name);
				}
				String value;
				if (argument.contains("=")) {
					value = argument.substring(argument.indexOf('=') + 1);
				}
				else if (i + 1 < arguments.size()) {
					value = arguments.get(++i);
				}
				else {
					throw new Usage("option " + name + " needs a value");
				}
				switch (name) {
					case "--as-of" -> asOf = date(value);
					case "--format" -> json = format(value);
					case "--fail-on" -> failOn = severity(value);
					default -> throw new Usage("unknown option " + name);
				}
			}
			else if (argument.startsWith("-") && !argument.equals("-")) {
				throw new Usage("unknown option " + argument);
			}
			else if (file == null) {
				file = argument;
			}
			else {
				throw new Usage("one file only (also got '" + argument + "')");
			}
		}
		if (file == null) {
			throw new Usage("which file? give FILE, or '-' for standard input");
		}
		return new Options(file, asOf, json, failOn);
	}

	private static LocalDate date(String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new Usage("--as-of must be a date written YYYY-MM-DD (was '" + value + "')");
		}
	}

	private static boolean format(String value) {
		return switch (value) {
			case "text" -> false;
			case "json" -> true;
			default -> throw new Usage("--format must be text or json (was '" + value + "')");
		};
	}

	private static Severity severity(String value) {
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "critical" -> Severity.CRITICAL;
			case "warning" -> Severity.WARNING;
			case "info" -> Severity.INFO;
			default -> throw new Usage("--fail-on must be critical, warning or info (was '" + value + "')");
		};
	}

}
