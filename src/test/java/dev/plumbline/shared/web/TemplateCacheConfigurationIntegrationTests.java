package dev.plumbline.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.StandardCache;

import dev.plumbline.PlumblineIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thymeleaf's caches hold every expression and template of the application: with the defaults (500
 * expressions) the templates' expressions were parsed and compiled again and again under load.
 */
@PlumblineIntegrationTest
class TemplateCacheConfigurationIntegrationTests {

	/** A Thymeleaf expression: variable, selection, link, message or fragment. */
	private static final Pattern EXPRESSION = Pattern.compile("[$*@#~]\\{[^}]*}");

	@Autowired
	List<TemplateEngine> engines;

	@Test
	void everyTemplateEngineKeepsSeveralTimesTheTemplatesExpressions() throws IOException {
		int distinct = distinctExpressionsOfTheTemplates();
		assertThat(distinct).as("the templates' distinct expressions").isGreaterThan(500);
		assertThat(this.engines).isNotEmpty().allSatisfy(engine -> {
			assertThat(((StandardCache<?, ?>) engine.getCacheManager().getExpressionCache()).getMaxSize())
				.as("expressions kept").isGreaterThanOrEqualTo(4 * distinct);
			assertThat(((StandardCache<?, ?>) engine.getCacheManager().getTemplateCache()).getMaxSize())
				.as("templates kept").isEqualTo(TemplateCacheConfiguration.TEMPLATES);
		});
	}

	private static int distinctExpressionsOfTheTemplates() throws IOException {
		Set<String> expressions = new HashSet<>();
		for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
			Matcher matcher = EXPRESSION.matcher(template.getContentAsString(StandardCharsets.UTF_8));
			while (matcher.find()) {
				expressions.add(matcher.group());
			}
		}
		return expressions.size();
	}

}
