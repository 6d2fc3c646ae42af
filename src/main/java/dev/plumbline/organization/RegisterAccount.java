package dev.plumbline.organization;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import dev.plumbline.shared.FieldProblem;
import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.shared.UseCase;

/**
 * A person signs up with e-mail, name and password.
 */
@UseCase
public class RegisterAccount {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final AccountRepository accounts;

	private final JdbcAggregateTemplate aggregates;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	RegisterAccount(AccountRepository accounts, JdbcAggregateTemplate aggregates, PasswordEncoder passwordEncoder,
			Clock clock) {
		this.accounts = accounts;
		this.aggregates = aggregates;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	public record Command(String email, String displayName, String password) {
	}

	/**
	 * @return the new account's id
	 * @throws InvalidInputException naming {@code email}, {@code displayName} or {@code password}
	 */
	public UUID register(Command command) {
		String email = Account.normalize(command.email());
		String name = command.displayName() == null ? "" : command.displayName().strip();
		List<FieldProblem> problems = new ArrayList<>();
		if (!EMAIL.matcher(email).matches() || email.length() > 254) {
			problems.add(new FieldProblem("email", "must be an e-mail address like name@example.org"));
		}
		else if (this.accounts.findByEmail(email).isPresent()) {
			problems.add(new FieldProblem("email", "is already registered; sign in instead"));
		}
		if (name.isEmpty() || name.length() > 120) {
			problems.add(new FieldProblem("displayName", "must be 1 to 120 characters"));
		}
		PasswordPolicy.problem(command.password(), email).ifPresent(p -> problems.add(new FieldProblem("password", p)));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return create(email, name, command.password());
	}

	/**
	 * Creates an account without the password policy: for seeded accounts (the demo) whose passwords are
	 * published on purpose.
	 */
	public UUID registerSeeded(String email, String displayName, String password) {
		return create(Account.normalize(email), displayName, password);
	}

	private UUID create(String email, String name, String password) {
		Account account = Account.create(email, name, this.passwordEncoder.encode(password), this.clock.instant());
		try {
			this.aggregates.insert(account);
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("email", "is already registered; sign in instead");
		}
		return account.id();
	}

}
