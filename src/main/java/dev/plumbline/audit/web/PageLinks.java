package dev.plumbline.audit.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The links of a page of the current request to its neighbours (the request's other parameters kept):
 * as an RFC 8288 {@code Link} header and as fields of the body.
 */
record PageLinks(String header, FindingsPage.Links body) {

	static PageLinks of(int page, int size, long total) {
		int pages = (int) Math.max(1, (total + size - 1) / size);
		String self = at(page, size);
		String next = page + 1 < pages ? at(page + 1, size) : null;
		String previous = page > 0 ? at(Math.min(page - 1, pages - 1), size) : null;
		List<String> header = new ArrayList<>();
		if (next != null) {
			header.add("<" + next + ">; rel=\"next\"");
		}
		if (previous != null) {
			header.add("<" + previous + ">; rel=\"prev\"");
		}
		header.add("<" + at(0, size) + ">; rel=\"first\"");
		header.add("<" + at(pages - 1, size) + ">; rel=\"last\"");
		return new PageLinks(String.join(", ", header), new FindingsPage.Links(self, next, previous));
	}

	private static String at(int page, int size) {
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("page", page)
			.replaceQueryParam("size", size)
			.build()
			.toUriString();
	}

}
