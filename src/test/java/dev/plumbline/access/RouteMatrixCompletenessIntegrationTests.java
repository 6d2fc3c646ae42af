package dev.plumbline.access;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import dev.plumbline.PlumblineIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matrix and the application agree: every route is in the matrix and every row of the matrix is a
 * route. A new endpoint fails here until someone decides, in the matrix, who may call it.
 */
@PlumblineIntegrationTest
class RouteMatrixCompletenessIntegrationTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void everyRouteIsInTheMatrix() {
		RouteMatrix matrix = RouteMatrix.load();
		Set<String> listed = matrix.rows().stream().map(RouteMatrix.Row::key).collect(Collectors.toSet());
		List<String> missing = Routes.of(this.mapping)
			.stream()
			.filter(route -> !listed.contains(route.key()))
			.map(route -> route.method() + "\t" + route.path() + "\t?\t" + route.handler())
			.distinct()
			.toList();
		assertThat(missing).as("Routes missing from src/test/resources" + RouteMatrix.RESOURCE
				+ ": add a line for each (METHOD, PATH, ACCESS = PUBLIC, SIGNED_IN or the Permission the role needs,"
				+ " NOTES), then run AccessMatrixIntegrationTests:\n" + String.join("\n", missing))
			.isEmpty();
	}

	/**
	 * A write that needs more than READ names its permission with {@code @Requires}, so the refusal comes
	 * before the body is read: a role that may not gets 403, never the validation errors of its request.
	 */
	@Test
	void everyWriteNamesItsPermissionBeforeReadingTheBody() {
		RouteMatrix matrix = RouteMatrix.load();
		List<String> wrong = Routes.of(this.mapping)
			.stream()
			.filter(route -> route.organizational() && route.writes())
			.filter(route -> {
				String access = matrix.row(route).access();
				String expected = "OWN_CHECK_IN".equals(access) ? "CHECK_IN" : access;
				String actual = route.requires() == null ? "READ" : route.requires().name();
				return !expected.equals(actual);
			})
			.map(route -> route + " (" + route.handler() + "): matrix says " + matrix.row(route).access()
					+ ", handler has " + (route.requires() == null ? "no @Requires" : "@Requires(" + route.requires() + ")"))
			.toList();
		assertThat(wrong).as("Put @Requires(Permission.X) on these handlers, X being what the matrix says"
				+ " (CHECK_IN for OWN_CHECK_IN)").isEmpty();
	}

	@Test
	void everyRowOfTheMatrixIsARoute() {
		Set<String> routes = Routes.of(this.mapping).stream().map(Route::key).collect(Collectors.toSet());
		List<String> stale = RouteMatrix.load()
			.rows()
			.stream()
			.map(RouteMatrix.Row::key)
			.filter(key -> !routes.contains(key))
			.toList();
		assertThat(stale).as("Rows of src/test/resources" + RouteMatrix.RESOURCE
				+ " with no such route (renamed or removed?): update or delete them").isEmpty();
	}

}
