package dev.plumbline.shared.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The cookie of a session kept in the database (Spring Session): named, scoped and protected as
 * {@code server.servlet.session.cookie.*} says — always HttpOnly, SameSite as set (Lax), Secure on HTTPS — whether the
 * app runs in a servlet container or under MockMvc. Without this bean a test context wrote a bare
 * {@code SESSION} cookie with neither HttpOnly nor SameSite.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookie {

	@Bean
	CookieSerializer cookieSerializer(@Value("${server.servlet.session.cookie.name:JSESSIONID}") String name,
			@Value("${server.servlet.session.cookie.same-site:lax}") String sameSite,
			@Value("${server.servlet.session.cookie.secure:#{null}}") Boolean secure) {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName(name);
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite(sameSite.substring(0, 1).toUpperCase() + sameSite.substring(1).toLowerCase());
		cookie.setCookiePath("/");
		if (secure != null) {
			cookie.setUseSecureCookie(secure);
		}
		return cookie;
	}

}
