package dev.plumbline.bench.generate;

import java.nio.file.Path;
import java.util.Locale;

import dev.plumbline.interchange.FileFormat;

/**
 * Command line of the generator: {@code Generate SCALE SEED yaml|json FILE}. Prints one line
 * {@code rows=… bytes=… millis=…} that bench/run records.
 */
public final class Generate {

	private Generate() {
	}

	public static void main(String[] args) {
		if (args.length != 4) {
			System.err.println("usage: Generate S|M|L|XL SEED yaml|json FILE");
			System.exit(2);
		}
		Scale scale = Scale.parse(args[0]);
		long seed;
		try {
			seed = Long.parseLong(args[1]);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("seed '" + args[1] + "' is not a whole number");
		}
		FileFormat format = switch (args[2].toLowerCase(Locale.ROOT)) {
			case "yaml", "yml" -> FileFormat.YAML;
			case "json" -> FileFormat.JSON;
			default -> throw new IllegalArgumentException("format '" + args[2] + "' is not yaml or json");
		};
		OrganizationGenerator.Generated generated = new OrganizationGenerator(scale, seed).write(Path.of(args[3]),
				format);
		System.out.printf(Locale.ROOT, "rows=%d bytes=%d millis=%d file=%s%n", generated.rows(), generated.bytes(),
				generated.millis(), generated.file());
	}

}
