package dev.plumbline.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs}: what the API is and how to authenticate.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI plumblineOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Plumbline API")
				.version("v1")
				.description("Organizational alignment. Every call under /api/v1/orgs/{slug} acts on one organization "
						+ "you belong to; another organization's data answers 404. Authenticate with a personal API "
						+ "token (create one at /account/tokens) as 'Authorization: Bearer <token>'. Errors are RFC 9457 "
						+ "problems; invalid input lists every field in 'errors'.")
				.license(new License().name("Apache-2.0")))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description("Personal API token")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

}
