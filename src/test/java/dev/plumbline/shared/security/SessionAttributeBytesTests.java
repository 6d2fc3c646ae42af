package dev.plumbline.shared.security;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Session attributes read back from their bytes: a security context or CSRF token read again is the one
 * already built (a signed-out context is the caller's own copy), anything else is built each time.
 */
class SessionAttributeBytesTests {

	private final GenericConversionService conversions = SessionAttributeBytes
		.conversionService(getClass().getClassLoader());

	@Test
	void aSecurityContextReadAgainSharesItsAuthenticationButNotItsContext() {
		SecurityContext signedIn = new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated("lena",
				null, AuthorityUtils.createAuthorityList("ROLE_USER")));
		byte[] bytes = write(signedIn);

		SecurityContext first = (SecurityContext) read(bytes);
		SecurityContext second = (SecurityContext) read(bytes);
		assertThat(first).isNotSameAs(second).isEqualTo(signedIn);
		assertThat(second.getAuthentication()).isSameAs(first.getAuthentication());

		first.setAuthentication(null);
		SecurityContext afterSignOut = (SecurityContext) read(bytes);
		assertThat(afterSignOut.getAuthentication()).as("emptying one request's context").isNotNull();
		assertThat(afterSignOut.getAuthentication().getName()).isEqualTo("lena");
	}

	@Test
	void aCsrfTokenIsBuiltOnceAndOtherValuesEachTime() {
		byte[] token = write(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "abc"));
		assertThat(read(token)).isSameAs(read(token));
		assertThat(((DefaultCsrfToken) read(write(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "def")))).getToken())
			.isEqualTo("def");

		byte[] list = write(new ArrayList<>(List.of("a")));
		assertThat(read(list)).isNotSameAs(read(list)).isEqualTo(List.of("a"));
	}

	@Test
	void moreDistinctValuesThanKeptAreStillReadRight() {
		for (int i = 0; i < SessionAttributeBytes.KEPT + 10; i++) {
			String value = "token-" + i;
			DefaultCsrfToken read = (DefaultCsrfToken) read(write(new DefaultCsrfToken("h", "p", value)));
			assertThat(read.getToken()).isEqualTo(value);
		}
	}

	private byte[] write(Object value) {
		return (byte[]) this.conversions.convert(value, TypeDescriptor.valueOf(Object.class),
				TypeDescriptor.valueOf(byte[].class));
	}

	private Object read(byte[] bytes) {
		return this.conversions.convert(bytes, TypeDescriptor.valueOf(byte[].class), TypeDescriptor.valueOf(Object.class));
	}

}
