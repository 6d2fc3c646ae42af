package dev.plumbline.shared.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Puts {@link SessionsReadOncePerRequest} between Spring Session's filter and its JDBC store, opens its
 * scope around every request just outside that filter, and gives the store {@link
 * SessionReadsWithoutTransaction}: its reads run without a transaction, its writes in one.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	/** Runs just before Spring Session's filter, whose order Spring Boot leaves at its default. */
	static final int SCOPE_ORDER = SessionRepositoryFilter.DEFAULT_ORDER - 1;

	@Bean
	static BeanPostProcessor sessionsReadOncePerRequest(ObjectProvider<PlatformTransactionManager> transactionManager) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				// before the configuration's factory method makes the store, which then takes these transactions
				if (bean instanceof JdbcHttpSessionConfiguration configuration) {
					configuration.setTransactionOperations(new SessionReadsWithoutTransaction(transactionManager.getObject()));
				}
				return bean;
			}

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				// after initialization: the store keeps its own clean-up schedule and is destroyed as itself
				return (bean instanceof JdbcIndexedSessionRepository store) ? new SessionsReadOncePerRequest(store) : bean;
			}

		};
	}

	@Bean
	FilterRegistrationBean<Filter> sessionsFoundOncePerRequest() {
		Filter scope = (request, response, chain) -> SessionsReadOncePerRequest
			.scope(() -> chain.doFilter(request, response));
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(scope);
		registration.setName("sessionsFoundOncePerRequest");
		registration.setOrder(SCOPE_ORDER);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
		return registration;
	}

}
