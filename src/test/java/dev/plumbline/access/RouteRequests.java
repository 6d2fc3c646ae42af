package dev.plumbline.access;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The smallest request a route accepts: no parameters, an empty JSON object, an empty file. The point is
 * the access decision, so for a role that may, a validation error (400) is an answer; for one that may
 * not, it must be 403 whatever the body.
 */
final class RouteRequests {

	private RouteRequests() {
	}

	static AbstractMockHttpServletRequestBuilder<?> of(Route route, String path) {
		String method = "ANY".equals(route.method()) ? "GET" : route.method();
		if ("GET".equals(method)) {
			return MockMvcRequestBuilders.get(path);
		}
		MediaType type = route.consumes().isEmpty() ? null : route.consumes().get(0);
		AbstractMockHttpServletRequestBuilder<?> request;
		if (route.takesFile() || (type != null && MediaType.MULTIPART_FORM_DATA.includes(type))) {
			request = MockMvcRequestBuilders.multipart(HttpMethod.valueOf(method), path);
		}
		else if (type != null) {
			request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path)
				.contentType(type)
				.content(body(type));
		}
		else if (route.api()) {
			request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}");
		}
		else {
			request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED);
		}
		return request.with(csrf());
	}

	private static byte[] body(MediaType type) {
		String text = type.getSubtype().contains("json") || type.getSubtype().contains("yaml") ? "{}" : "";
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
