package dev.plumbline;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the module boundaries (one top-level package per capability, talking through public APIs and
 * events) and writes the module documentation to {@code target/spring-modulith-docs}.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(PlumblineApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void hasTheFoundationModules() {
		assertThat(this.modules.stream().map(m -> m.getIdentifier().toString()))
			.contains("organization", "charter", "shared", "activity", "demo", "people", "objective", "strategy", "kpi",
					"journey", "decision", "feedback", "reflection", "review", "communication");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeDocumentation();
	}

}
