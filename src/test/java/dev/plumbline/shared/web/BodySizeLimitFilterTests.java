package dev.plumbline.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.StreamUtils;
import org.springframework.util.unit.DataSize;

import dev.plumbline.shared.UploadLimits;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The body limit without Spring: by the declared length, and for chunked bodies (no length) by reading
 * no more than the limit.
 */
class BodySizeLimitFilterTests {

	private final BodySizeLimitFilter filter = new BodySizeLimitFilter(
			new UploadLimits(DataSize.ofBytes(100), DataSize.ofBytes(200)));

	@Test
	void refusesADeclaredJsonBodyOverTheLimitUnread() throws Exception {
		MockHttpServletResponse response = run(request("application/json", 101, true));
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("The JSON body is larger than the limit of 100 bytes (plumbline.limits.json-body).")
			.contains("\"limit\":100");
	}

	@Test
	void refusesAChunkedJsonBodyOnceItPassesTheLimit() throws Exception {
		assertThat(run(request("application/merge-patch+json; charset=UTF-8", 101, false)).getStatus()).isEqualTo(413);
	}

	@Test
	void passesBodiesWithinTheLimitWholeEvenWhenChunked() throws Exception {
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request("application/json", 100, false), new MockHttpServletResponse(), chain);
		assertThat(StreamUtils.copyToString(chain.getRequest().getInputStream(), StandardCharsets.UTF_8)).hasSize(100);
		assertThat(chain.getRequest().getContentLengthLong()).isEqualTo(100);
	}

	@Test
	void csvBodiesHaveTheirOwnLimitAndOtherBodiesAndImportsAreLeftAlone() throws Exception {
		assertThat(run(request("text/csv", 200, true)).getStatus()).isEqualTo(200);
		MockHttpServletResponse csv = run(request("text/csv", 201, false));
		assertThat(csv.getStatus()).isEqualTo(413);
		assertThat(csv.getContentAsString()).contains("The CSV body is larger than the limit of 200 bytes (plumbline.limits.csv).");
		assertThat(run(request("application/x-www-form-urlencoded", 5000, true)).getStatus()).isEqualTo(200);
		MockHttpServletRequest file = request("application/json", 5000, true);
		file.setRequestURI("/api/v1/orgs/demo/import");
		assertThat(run(file).getStatus()).as("organization files have their own limit").isEqualTo(200);
	}

	private MockHttpServletResponse run(MockHttpServletRequest request) throws ServletException, IOException {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

	private static MockHttpServletRequest request(String type, int bytes, boolean declared) {
		MockHttpServletRequest request = declared ? new MockHttpServletRequest("POST", "/api/v1/orgs/demo/objectives")
				: new MockHttpServletRequest("POST", "/api/v1/orgs/demo/objectives") {

					@Override
					public int getContentLength() {
						return -1;
					}

					@Override
					public long getContentLengthLong() {
						return -1;
					}

				};
		request.setContentType(type);
		request.setContent("x".repeat(bytes).getBytes(StandardCharsets.UTF_8));
		return request;
	}

}
