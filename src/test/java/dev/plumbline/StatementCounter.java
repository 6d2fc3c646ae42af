package dev.plumbline;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the application prepares on the current thread, like a datasource proxy:
 * every {@code DataSource} bean is wrapped so that its connections report each statement they prepare.
 * Tests use it to prove that a page costs the same number of queries whatever its number of rows
 * (no N+1). Import it into a test with {@code @Import(StatementCounter.class)}.
 */
@TestComponent
public class StatementCounter implements BeanPostProcessor {

	private static final Set<String> PREPARING = Set.of("prepareStatement", "createStatement", "prepareCall");

	private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

	/** The transactions committed on this thread while recording (each a round trip to the database). */
	private static final ThreadLocal<int[]> COMMITS = new ThreadLocal<>();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof Counting)) {
			return new Counting(dataSource);
		}
		return bean;
	}

	/** The statements prepared on this thread while {@code work} ran, and its result. */
	public static <T> Counted<T> count(Supplier<T> work) {
		List<String> statements = new ArrayList<>();
		int[] commits = new int[1];
		RECORDING.set(statements);
		COMMITS.set(commits);
		try {
			T result = work.get();
			return new Counted<>(result, List.copyOf(statements), commits[0]);
		}
		finally {
			RECORDING.remove();
			COMMITS.remove();
		}
	}

	/** What a piece of work returned, the SQL it prepared, in order, and how many transactions it committed. */
	public record Counted<T>(T result, List<String> statements, int commits) {

		public int count() {
			return this.statements.size();
		}

	}

	static final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counting(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counting(super.getConnection(username, password));
		}

		private static Connection counting(Connection connection) {
			InvocationHandler handler = (proxy, method, args) -> {
				List<String> recording = RECORDING.get();
				if (recording != null && PREPARING.contains(method.getName())) {
					recording.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : method.getName());
				}
				int[] commits = COMMITS.get();
				if (commits != null && "commit".equals(method.getName())) {
					commits[0]++;
				}
				try {
					return method.invoke(connection, args);
				}
				catch (InvocationTargetException ex) {
					throw ex.getTargetException();
				}
			};
			return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
					new Class<?>[] { Connection.class }, handler);
		}

	}

}
