package dev.plumbline.interchange;

import java.nio.charset.StandardCharsets;

/**
 * Organization files built to exhaust a naive reader: a "billion laughs" alias bomb and values nested
 * thousands deep. Also a main method, run in a JVM with a small heap by HostileFilesBoundedHeapTests.
 */
public final class HostileFiles {

	private HostileFiles() {
	}

	/** Nine levels of nine aliases each: 9^9 (387 million) strings if expanded, used as two teams. */
	public static String aliasBomb() {
		StringBuilder bomb = new StringBuilder("plumbline: 1\norganization: {name: x, slug: bomb}\n");
		bomb.append("lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
		for (int i = 1; i < 10; i++) {
			bomb.append("lol").append(i).append(": &l").append(i).append(" [");
			for (int j = 0; j < 9; j++) {
				bomb.append(j == 0 ? "" : ", ").append("*l").append(i - 1);
			}
			bomb.append("]\n");
		}
		return bomb.append("teams: [*l9, *l9]\n").toString();
	}

	public static String deeplyNestedJson() {
		return "{\"plumbline\": 1, \"organization\": {\"name\": \"x\", \"slug\": \"deep\"}, \"teams\": "
				+ "[".repeat(100_000) + "]".repeat(100_000) + "}";
	}

	public static String deeplyNestedYaml() {
		return "plumbline: 1\norganization: {name: x, slug: deep}\nteams: " + "[".repeat(100_000) + "]".repeat(100_000)
				+ "\n";
	}

	/** Reads each hostile file; exits 0 when every one is refused as invalid, 1 otherwise. */
	public static void main(String[] args) {
		int refused = 0;
		for (String file : new String[] { aliasBomb(), deeplyNestedJson(), deeplyNestedYaml() }) {
			FileFormat format = file.startsWith("{") ? FileFormat.JSON : FileFormat.YAML;
			try {
				OrganizationFiles.read(file.getBytes(StandardCharsets.UTF_8), format);
				System.out.println("read without a problem: " + file.substring(0, 40));
			}
			catch (InvalidFileException ex) {
				refused++;
				System.out.println("refused: " + ex.fileProblems().get(0));
			}
		}
		System.out.println("heap used: " + (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1024
				+ " KB of " + Runtime.getRuntime().maxMemory() / 1024 + " KB");
		System.exit(refused == 3 ? 0 : 1);
	}

}
