package dev.plumbline;

import java.lang.reflect.Modifier;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Our own conventions, beyond module boundaries.
 */
class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.plumbline");

	@Test
	void controllersArePackagePrivateAndLiveInWebPackages() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.notBePublic()
			.andShould()
			.resideInAPackage("..web..")
			.check(this.classes);
	}

	@Test
	void sharedDependsOnNoCapability() {
		noClasses().that()
			.resideInAPackage("dev.plumbline.shared..")
			.should()
			.dependOnClassesThat(JavaClass.Predicates.resideInAPackage("dev.plumbline..")
				.and(JavaClass.Predicates.resideOutsideOfPackage("dev.plumbline.shared..")))
			.check(this.classes);
	}

	@Test
	void auditRulesAndGraphArePlainJava() {
		noClasses().that()
			.resideInAnyPackage("dev.plumbline.audit.rule..", "dev.plumbline.audit.graph..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework..")
			.check(this.classes);
	}

	@Test
	void auditRulesAndGraphSeeOnlyTheAuditModelAndTheOrganizationFile() {
		noClasses().that()
			.resideInAnyPackage("dev.plumbline.audit.rule..", "dev.plumbline.audit.graph..")
			.should()
			.dependOnClassesThat(JavaClass.Predicates.resideInAPackage("dev.plumbline..")
				.and(JavaClass.Predicates.resideOutsideOfPackages("dev.plumbline.audit..", "dev.plumbline.interchange..",
						"dev.plumbline.shared..")))
			.check(this.classes);
	}

	@Test
	void nothingUsesFieldInjection() {
		noClasses().should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.beans.factory.annotation.Autowired")
			.check(this.classes);
	}

	@Test
	void usesNoSystemOut() {
		noClasses().should().accessField(System.class, "out").check(this.classes);
		assert Modifier.isPublic(PlumblineApplication.class.getModifiers());
	}

}
