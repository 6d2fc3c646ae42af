package dev.plumbline.access;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import dev.plumbline.organization.Permission;
import dev.plumbline.organization.Requires;

/**
 * Every route of the application, read from the request mappings, so a new endpoint cannot escape the
 * access matrix. A mapping without a method condition would answer every method: it is listed as ANY,
 * which the matrix refuses to hold, so such a mapping fails the build until it names its methods.
 */
final class Routes {

	private Routes() {
	}

	static List<Route> of(RequestMappingHandlerMapping mapping) {
		List<Route> routes = new ArrayList<>();
		mapping.getHandlerMethods().forEach((info, handler) -> add(routes, info, handler));
		routes.sort(Comparator.comparing(Route::path).thenComparing(Route::method));
		return routes.stream().distinct().toList();
	}

	private static void add(List<Route> routes, RequestMappingInfo info, HandlerMethod handler) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		List<MediaType> consumes = List.copyOf(info.getConsumesCondition().getConsumableMediaTypes());
		boolean file = java.util.Arrays.stream(handler.getMethodParameters())
			.anyMatch(parameter -> MultipartFile.class.equals(parameter.getParameterType()));
		Requires requires = handler.getMethodAnnotation(Requires.class);
		Permission permission = requires == null ? null : requires.value();
		String name = handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName();
		for (String path : info.getPatternValues()) {
			if (methods.isEmpty()) {
				routes.add(new Route("ANY", path, consumes, file, permission, name));
			}
			for (RequestMethod method : methods) {
				routes.add(new Route(method.name(), path, consumes, file, permission, name));
			}
		}
	}

}
