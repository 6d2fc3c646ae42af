package dev.plumbline.review;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.plumbline.interchange.BatchInsert;
import dev.plumbline.interchange.ImportContext;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.PracticeModel.Review;
import dev.plumbline.interchange.PracticeModel.ReviewCadence;
import dev.plumbline.interchange.OrganizationSection;
import dev.plumbline.interchange.SectionTables;

/**
 * The {@code reviews} section of an organization file; outcomes keep the file's order.
 */
@Component
class ReviewSection implements OrganizationSection {

	static final String SECTION = "reviews";

	private static final int[] REVIEW_TYPES = { Types.OTHER, Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.DATE };

	private static final int[] OUTCOME_TYPES = { Types.OTHER, Types.OTHER, Types.INTEGER, Types.VARCHAR };

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ReviewSection(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	@Override
	public int order() {
		return 110;
	}

	@Override
	public void clear(ImportContext context) {
		SectionTables.clear(this.jdbc, context.organizationId(), "review_outcome", "strategy_review");
	}

	@Override
	public void load(ImportContext context, OrganizationFile file) {
		UUID org = context.organizationId();
		try (BatchInsert reviews = new BatchInsert(this.template,
				"INSERT INTO strategy_review (id, organization_id, review_key, cadence, held_on) VALUES (?, ?, ?, ?, ?)",
				REVIEW_TYPES, context, SECTION, true);
				BatchInsert outcomes = new BatchInsert(this.template,
						"INSERT INTO review_outcome (organization_id, review_id, position, outcome) VALUES (?, ?, ?, ?)",
						OUTCOME_TYPES, context, SECTION, false)
					.after(reviews)) {
			for (Review review : file.reviews()) {
				UUID id = context.newId();
				reviews.add(id, org, review.key(), review.cadence() == null ? null : review.cadence().name(),
						review.held());
				for (int i = 0; i < review.outcomes().size(); i++) {
					outcomes.add(org, id, i, review.outcomes().get(i));
				}
			}
		}
	}

	@Override
	public OrganizationFile export(UUID organizationId, OrganizationFile file) {
		return file.withReviews(read(organizationId, null).stream().sorted(Comparator.comparing(Review::key)).toList());
	}

	/** Every review of the organization; only the one with {@code key} when it is not null. */
	List<Review> read(UUID organizationId, String key) {
		String only = key == null ? "" : " AND r.review_key = :key";
		Map<String, Object> params = new HashMap<>();
		params.put("org", organizationId);
		if (key != null) {
			params.put("key", key);
		}
		Map<UUID, List<String>> outcomes = new HashMap<>();
		this.jdbc.sql("SELECT o.review_id, o.outcome FROM review_outcome o JOIN strategy_review r ON r.id = o.review_id "
				+ "WHERE o.organization_id = :org" + only + " ORDER BY o.review_id, o.position")
			.params(params)
			.query(rs -> {
				outcomes.computeIfAbsent(rs.getObject("review_id", UUID.class), k -> new ArrayList<>())
					.add(rs.getString("outcome"));
			});
		return this.jdbc.sql("SELECT r.id, r.review_key, r.cadence, r.held_on FROM strategy_review r "
				+ "WHERE r.organization_id = :org" + only)
			.params(params)
			.query((rs, n) -> new Review(rs.getString("review_key"),
					rs.getString("cadence") == null ? null
							: ReviewCadence.valueOf(rs.getString("cadence").toUpperCase(Locale.ROOT)),
					rs.getObject("held_on", LocalDate.class),
					outcomes.getOrDefault(rs.getObject("id", UUID.class), List.of())))
			.list();
	}

}
