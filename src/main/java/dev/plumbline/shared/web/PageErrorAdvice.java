package dev.plumbline.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import dev.plumbline.shared.ForbiddenException;
import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.shared.NotFoundException;
import dev.plumbline.shared.StaleVersionException;
import dev.plumbline.shared.TooLargeException;

/**
 * Errors on pages: the error page, or for an htmx request a toast retargeted to the page's toast
 * container, so that a failed click never fails silently.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorAdvice {

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex, HttpServletRequest request, HttpServletResponse response) {
		return render(HttpStatus.NOT_FOUND, ex.getMessage(), request, response);
	}

	@ExceptionHandler(ForbiddenException.class)
	ModelAndView forbidden(ForbiddenException ex, HttpServletRequest request, HttpServletResponse response) {
		return render(HttpStatus.FORBIDDEN, ex.getMessage(), request, response);
	}

	@ExceptionHandler(StaleVersionException.class)
	ModelAndView stale(StaleVersionException ex, HttpServletRequest request, HttpServletResponse response) {
		return render(HttpStatus.CONFLICT, ex.getMessage(), request, response);
	}

	@ExceptionHandler(TooLargeException.class)
	ModelAndView tooLarge(TooLargeException ex, HttpServletRequest request, HttpServletResponse response) {
		return render(HttpStatus.PAYLOAD_TOO_LARGE, ex.getMessage(), request, response);
	}

	@ExceptionHandler(InvalidInputException.class)
	ModelAndView invalid(InvalidInputException ex, HttpServletRequest request, HttpServletResponse response) {
		return render(HttpStatus.BAD_REQUEST, ex.getMessage(), request, response);
	}

	/** A query or path parameter that does not parse (a misspelt filter, a page that is not a number). */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView mismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request,
			HttpServletResponse response) {
		Class<?> type = ex.getRequiredType();
		String expected = type == null ? "a valid value"
				: type.isEnum() ? "one of " + java.util.Arrays.stream(type.getEnumConstants())
					.map(Object::toString)
					.collect(java.util.stream.Collectors.joining(", "))
						: Number.class.isAssignableFrom(type) || type.isPrimitive() ? "a number" : "a valid value";
		return render(HttpStatus.BAD_REQUEST, ex.getName() + ": must be " + expected + " (was '" + ex.getValue() + "')",
				request, response);
	}

	private ModelAndView render(HttpStatus status, String message, HttpServletRequest request,
			HttpServletResponse response) {
		boolean htmx = "true".equals(request.getHeader("HX-Request"));
		ModelAndView view = new ModelAndView(htmx ? "fragments/ui :: toast" : "error");
		view.setStatus(status);
		view.addObject("status", status.value());
		view.addObject("error", status.getReasonPhrase());
		view.addObject("message", message);
		if (htmx) {
			response.setHeader("HX-Retarget", "#toasts");
			response.setHeader("HX-Reswap", "beforeend");
		}
		return view;
	}

}
