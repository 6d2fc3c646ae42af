package dev.plumbline.shared.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import dev.plumbline.shared.UploadLimits;

/**
 * Refuses JSON and CSV bodies over their limit with 413 and a problem naming the limit, before Jackson
 * or a controller reads a byte. Tomcat's own limit covers only form posts. A body that declares its
 * length is judged by the header; a chunked one is read up to the limit and refused past it, so memory
 * stays bounded either way. Multipart uploads and organization files (the import endpoints, which take
 * JSON too) have limits of their own.
 */
class BodySizeLimitFilter extends OncePerRequestFilter {

	private final UploadLimits limits;

	BodySizeLimitFilter(UploadLimits limits) {
		this.limits = limits;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
		boolean json = type.startsWith("application/json") || type.matches("application/[^;]*\\+json.*");
		boolean csv = type.startsWith("text/csv");
		if ((!json && !csv) || request.getRequestURI().endsWith("/import")) { // organization files: own limit
			chain.doFilter(request, response);
			return;
		}
		long limit = json ? this.limits.jsonBody().toBytes() : this.limits.csv().toBytes();
		String setting = json ? UploadLimits.JSON_BODY_SETTING : UploadLimits.CSV_SETTING;
		String what = json ? "The JSON body" : "The CSV body";
		long declared = request.getContentLengthLong();
		if (declared > limit) {
			refuse(response, what, limit, setting);
			return;
		}
		if (declared >= 0) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = readAtMost(request.getInputStream(), limit);
		if (body == null) {
			refuse(response, what, limit, setting);
			return;
		}
		chain.doFilter(new Buffered(request, body), response);
	}

	/** The whole body, or null when it is longer than the limit. */
	private static byte[] readAtMost(InputStream in, long limit) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		long total = 0;
		for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
			total += n;
			if (total > limit) {
				return null;
			}
			out.write(buffer, 0, n);
		}
		return out.toByteArray();
	}

	private static void refuse(HttpServletResponse response, String what, long limit, String setting)
			throws IOException {
		String detail = what + " is larger than the limit of " + UploadLimits.describe(limit) + " (" + setting + ").";
		response.setStatus(413);
		response.setHeader("Connection", "close"); // the rest of the body is not read
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,\"detail\":\"" + detail
					+ "\",\"limit\":" + limit + "}");
	}

	/** The request with its body already read into memory (within the limit). */
	private static final class Buffered extends HttpServletRequestWrapper {

		private final byte[] body;

		Buffered(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("synchronous reads only");
				}

			};
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
