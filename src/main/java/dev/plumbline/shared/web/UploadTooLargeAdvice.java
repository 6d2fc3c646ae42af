package dev.plumbline.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.ModelAndView;

import dev.plumbline.shared.UploadLimits;

/**
 * A multipart upload over {@code spring.servlet.multipart.max-file-size} fails while the request is
 * parsed, before any controller is chosen, so the page and API advices (which apply to controllers)
 * never see it. This one applies to every request: a 413 that names the limit, as a problem on the API
 * and as the error page elsewhere.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLargeAdvice {

	/** Tomcat does not say which limit it hit: the configured multipart limit is the one. */
	private final DataSize multipartLimit;

	UploadTooLargeAdvice(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize multipartLimit) {
		this.multipartLimit = multipartLimit;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		String limit = UploadLimits
			.describe(ex.getMaxUploadSize() > 0 ? ex.getMaxUploadSize() : this.multipartLimit.toBytes());
		String message = "The upload is larger than the limit of " + limit
				+ " (plumbline.interchange.max-file-size for organization files).";
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setStatus(413);
			response.setContentType("application/problem+json");
			response.setCharacterEncoding("UTF-8");
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,\"detail\":\"" + message
						+ "\"}");
			return new ModelAndView(); // answered: nothing to render
		}
		ModelAndView view = new ModelAndView("error");
		view.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
		view.addObject("status", 413);
		view.addObject("error", HttpStatus.PAYLOAD_TOO_LARGE.getReasonPhrase());
		view.addObject("message", message);
		return view;
	}

}
