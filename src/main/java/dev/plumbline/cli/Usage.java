package dev.plumbline.cli;

/**
 * A command line that cannot be understood: exit 64 with the reason and the usage.
 */
final class Usage extends RuntimeException {

	static final String TEXT = """
			Usage:
			  plumbline audit FILE [--as-of DATE] [--format text|json] [--fail-on critical|warning|info]
			  plumbline validate FILE
			  plumbline help

			FILE is .yaml, .yml or .json; '-' reads standard input (YAML or JSON).
			audit   prints the findings and the alignment index. --as-of defaults to the file's asOf, else today.
			        Exit 0 when the audit ran; 1 with --fail-on when a finding at or above that severity exists.
			validate checks the file only.
			Exit 2 when the file is invalid (every problem on standard error as 'path: message'), 64 on bad usage.
			""";

	Usage(String message) {
		super(message, null, false, false);
	}

}
