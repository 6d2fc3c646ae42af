package dev.plumbline.audit.rule;

import java.util.List;

import dev.plumbline.audit.Finding;
import dev.plumbline.audit.OrgMother;
import dev.plumbline.audit.Thresholds;
import dev.plumbline.audit.graph.AlignmentGraph;
import dev.plumbline.interchange.OrganizationFile;

/** Runs one rule on a mother-built organization as of {@link OrgMother#AS_OF}. */
final class RuleTesting {

	private RuleTesting() {
	}

	static List<Finding> run(AuditRule rule, OrgMother.Org org) {
		OrganizationFile file = org.build();
		List<Finding> findings = rule.apply(AlignmentGraph.of(file), OrgMother.AS_OF, Thresholds.of(file.audit()));
		findings.forEach(f -> {
			if (f.code() != rule.code() || f.severity() != rule.code().severity()) {
				throw new AssertionError("wrong code or severity: " + f);
			}
		});
		return findings;
	}

	/** The subject keys of the findings, in order. */
	static List<String> keys(AuditRule rule, OrgMother.Org org) {
		return run(rule, org).stream().map(f -> f.subject().key()).toList();
	}

}
