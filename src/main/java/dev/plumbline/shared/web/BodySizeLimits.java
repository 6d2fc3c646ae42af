package dev.plumbline.shared.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.plumbline.shared.UploadLimits;

/**
 * Puts the body size limit in front of everything, Spring Security included: an oversized body is
 * refused before any of it is read, whoever sends it.
 */
@Configuration(proxyBeanMethods = false)
class BodySizeLimits {

	@Bean
	FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(UploadLimits limits) {
		FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(
				new BodySizeLimitFilter(limits));
		registration.setOrder(-120);
		return registration;
	}

}
