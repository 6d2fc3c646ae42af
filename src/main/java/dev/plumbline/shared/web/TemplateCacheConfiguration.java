package dev.plumbline.shared.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.StandardCacheManager;

/**
 * Sizes Thymeleaf's caches for this application's templates. Thymeleaf keeps 500 parsed expressions and
 * 200 parsed templates by default and, once full, drops the oldest; the templates hold over a thousand
 * distinct expressions, so under load every page parsed some of them again and the Spring EL compiler
 * (on: {@code spring.thymeleaf.enable-spring-el-compiler}) compiled them again into new classes — over a
 * thousand classes a minute defined, compiled by the JIT and unloaded (ADR 0012, session 10). Both caches
 * hold soft references, as by default: the heap can still take them back.
 */
@Configuration(proxyBeanMethods = false)
class TemplateCacheConfiguration {

	/** Parsed expressions kept: several times the distinct expressions of the templates (a test keeps it so). */
	static final int EXPRESSIONS = 20_000;

	/** Parsed templates and fragments (a template with its selectors is one entry). */
	static final int TEMPLATES = 2_000;

	@Bean
	static BeanPostProcessor templateCacheSizes() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				// the engine initializes itself at its first use, after which its cache manager is fixed
				if (bean instanceof TemplateEngine engine && !engine.isInitialized()) {
					StandardCacheManager caches = new StandardCacheManager();
					caches.setExpressionCacheMaxSize(EXPRESSIONS);
					caches.setTemplateCacheMaxSize(TEMPLATES);
					engine.setCacheManager(caches);
				}
				return bean;
			}

		};
	}

}
