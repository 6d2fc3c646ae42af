package dev.plumbline.audit;

/**
 * A node the alignment index counts (its kind and key), how much a finding weighs on it and what a node
 * loses for the weight of its findings (docs/audit.md).
 */
record IndexNode(String kind, String key) {

	/** The node a finding counts against: its subject, except a key result counts against its objective. */
	static IndexNode of(Finding finding) {
		Subject subject = finding.subject();
		if ("keyResult".equals(subject.kind()) && finding.evidence().get("objective") instanceof String objective) {
			return new IndexNode("objective", objective);
		}
		return new IndexNode(subject.kind(), subject.key());
	}

	static double weight(Severity severity) {
		return switch (severity) {
			case CRITICAL -> 1.0;
			case WARNING -> 0.5;
			case INFO -> 0.1;
		};
	}

	/** A node without findings loses nothing; adding 0 leaves the sum exactly as skipping it would. */
	static double loss(double weight) {
		return weight == 0 ? 0 : Math.min(1, weight);
	}

}
