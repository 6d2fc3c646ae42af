package dev.plumbline.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.plumbline.audit.AuditEngine;
import dev.plumbline.audit.AuditReport;
import dev.plumbline.audit.AuditReportJson;
import dev.plumbline.audit.AuditReportText;
import dev.plumbline.interchange.FileFormat;
import dev.plumbline.interchange.InvalidFileException;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.OrganizationFiles;

/**
 * {@code plumbline audit FILE …} and {@code plumbline validate FILE}: plain Java on top of the file reader
 * and the audit engine, so it starts in well under two seconds. Exit codes: 0 done, 1 a finding at or
 * above {@code --fail-on}, 2 an invalid or unreadable file, 64 bad usage.
 */
public final class CommandLine {

	/** The first arguments that make {@code main} run the command line instead of the server. */
	public static final Set<String> COMMANDS = Set.of("audit", "validate", "help", "--help", "-h");

	static final int OK = 0;

	static final int FINDINGS = 1;

	static final int INVALID = 2;

	static final int USAGE = 64;

	private final InputStream in;

	private final PrintStream out;

	private final PrintStream err;

	private final boolean colour;

	private final Clock clock;

	CommandLine(InputStream in, PrintStream out, PrintStream err, boolean colour, Clock clock) {
		this.in = in;
		this.out = out;
		this.err = err;
		this.colour = colour;
		this.clock = clock;
	}

	/** Whether {@code args} ask for the command line rather than the server. */
	public static boolean handles(String[] args) {
		return args.length > 0 && COMMANDS.contains(args[0]);
	}

	/** Runs on the process's own streams and returns the exit code; colour only on a terminal without NO_COLOR. */
	public static int main(String[] args) {
		String noColor = System.getenv("NO_COLOR");
		boolean colour = System.console() != null && (noColor == null || noColor.isEmpty());
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		return new CommandLine(new FileInputStream(FileDescriptor.in), out, err, colour, Clock.systemDefaultZone())
			.run(args);
	}

	int run(String... args) {
		try {
			if (args.length == 0) {
				throw new Usage("which command?");
			}
			List<String> rest = Arrays.asList(args).subList(1, args.length);
			return switch (args[0]) {
				case "audit" -> audit(Options.parse(rest, true));
				case "validate" -> validate(Options.parse(rest, false));
				case "help", "--help", "-h" -> {
					this.out.print(Usage.TEXT);
					yield OK;
				}
				default -> throw new Usage("unknown command '" + args[0] + "'");
			};
		}
		catch (Usage usage) {
			this.err.println("plumbline: " + usage.getMessage());
			this.err.println();
			this.err.print(Usage.TEXT);
			return USAGE;
		}
		catch (InvalidFileException invalid) {
			invalid.fileProblems()
				.forEach(p -> this.err.println(p.path() + ": " + p.message() + (p.value() == null ? "" : " (was '" + p.value() + "')")));
			return INVALID;
		}
		catch (Unreadable unreadable) {
			this.err.println(unreadable.getMessage());
			return INVALID;
		}
		finally {
			this.out.flush();
			this.err.flush();
		}
	}

	private int validate(Options options) {
		OrganizationFile file = read(options.file());
		this.out.println(options.file() + ": valid — " + file.organization().name() + ", " + file.rowCount() + " rows");
		return OK;
	}

	private int audit(Options options) {
		OrganizationFile file = read(options.file());
		LocalDate asOf = options.asOf() != null ? options.asOf()
				: file.asOf() != null ? file.asOf() : LocalDate.now(this.clock);
		AuditReport report = AuditEngine.run(file, asOf);
		if (options.json()) {
			String json = AuditReportJson.write(report);
			this.out.print(json.endsWith("\n") ? json : json + "\n");
		}
		else {
			this.out.print(AuditReportText.render(report, this.colour));
		}
		boolean failing = options.failOn() != null
				&& report.findings().stream().anyMatch(f -> f.severity().atLeast(options.failOn()));
		return failing ? FINDINGS : OK;
	}

	private OrganizationFile read(String name) {
		byte[] content;
		FileFormat format;
		try {
			if (name.equals("-")) {
				content = this.in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, OrganizationFiles.DEFAULT_MAX_BYTES + 1));
				format = sniff(content);
			}
			else {
				Path path = Path.of(name);
				if (Files.isDirectory(path)) {
					throw new Unreadable(name + ": is a directory, not an organization file");
				}
				if (Files.size(path) > OrganizationFiles.DEFAULT_MAX_BYTES) {
					throw new Unreadable(name + ": is larger than " + OrganizationFiles.DEFAULT_MAX_BYTES / (1024 * 1024)
							+ " MB, the most Plumbline reads");
				}
				content = Files.readAllBytes(path);
				format = format(name, content);
			}
		}
		catch (NoSuchFileException ex) {
			throw new Unreadable(name + ": no such file");
		}
		catch (IOException ex) {
			throw new Unreadable(name + ": cannot be read (" + ex.getClass().getSimpleName() + ")");
		}
		return OrganizationFiles.read(content, format);
	}

	private static FileFormat format(String name, byte[] content) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".json")) {
			return FileFormat.JSON;
		}
		if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
			return FileFormat.YAML;
		}
		return sniff(content);
	}

	/** JSON when the first thing that is not white space (or a byte-order mark) is an opening brace; YAML otherwise. */
	static FileFormat sniff(byte[] content) {
		for (byte b : content) {
			if (b == '{') {
				return FileFormat.JSON;
			}
			if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
				return FileFormat.YAML;
			}
		}
		return FileFormat.YAML;
	}

	/** A file that cannot be read at all (missing, a directory, too large). */
	private static final class Unreadable extends RuntimeException {

		Unreadable(String message) {
			super(message, null, false, false);
		}

	}

}
