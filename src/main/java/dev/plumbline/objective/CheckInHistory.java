package dev.plumbline.objective;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.SectionValues;

/**
 * One key result's check-ins exactly as the organization file lists them (the same values in the same
 * order as the export), with the keys of it and its objective: the audit updates its in-memory model from
 * this after a check-in instead of exporting the whole organization again.
 */
@Component
@Transactional(readOnly = true)
public class CheckInHistory {

	private final JdbcClient jdbc;

	CheckInHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The key result's check-ins in file order, or empty when the organization has no such key result. */
	public Optional<KeyResultCheckIns> of(UUID org, UUID keyResultId) {
		Optional<String[]> keys = this.jdbc.sql("""
				SELECT o.objective_key, k.kr_key FROM key_result k JOIN objective o ON o.id = k.objective_id
				WHERE k.organization_id = ? AND k.id = ?""")
			.params(org, keyResultId)
			.query((rs, i) -> new String[] { rs.getString(1), rs.getString(2) })
			.optional();
		return keys.map(k -> new KeyResultCheckIns(k[0], k[1], ObjectiveSection.sorted(this.jdbc
			.sql("SELECT check_date, check_value, confidence, note FROM check_in WHERE organization_id = ? AND key_result_id = ?")
			.params(org, keyResultId)
			.query((rs, i) -> new OrganizationFile.CheckIn(rs.getDate(1).toLocalDate(),
					SectionValues.decimal(rs.getBigDecimal(2)), SectionValues.decimal(rs.getBigDecimal(3)),
					SectionValues.optional(rs.getString(4))))
			.list())));
	}

	/** A key result's check-ins in file order, with its key and its objective's. */
	public record KeyResultCheckIns(String objectiveKey, String keyResultKey, List<OrganizationFile.CheckIn> checkIns) {
	}

}
