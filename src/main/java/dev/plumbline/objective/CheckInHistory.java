package dev.plumbline.objective;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.SectionValues;
import dev.plumbline.shared.IndexHints;
import dev.plumbline.shared.Reads;

/**
 * One key result's check-ins exactly as the organization file lists them (the same values in the same
 * order as the export), with the keys of it and its objective: the audit updates its in-memory model from
 * this after a check-in instead of exporting the whole organization again.
 */
@Component
@Reads
public class CheckInHistory {

	private final JdbcClient jdbc;

	private final IndexHints hints;

	CheckInHistory(JdbcClient jdbc, IndexHints hints) {
		this.jdbc = jdbc;
		this.hints = hints;
	}

	/** The key result's check-ins in file order, or empty when the organization has no such key result. */
	public Optional<KeyResultCheckIns> of(UUID org, UUID keyResultId) {
		return Optional.ofNullable(of(org, List.of(keyResultId)).get(keyResultId));
	}

	/**
	 * Several key results' check-ins in file order, by key result id, in two queries; a key result the
	 * organization does not have is missing from the map.
	 */
	public Map<UUID, KeyResultCheckIns> of(UUID org, Collection<UUID> keyResultIds) {
		if (keyResultIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, String[]> keys = new HashMap<>();
		this.jdbc.sql("""
				SELECT k.id, o.objective_key, k.kr_key FROM key_result k JOIN objective o ON o.id = k.objective_id
				WHERE k.organization_id = :org AND k.id IN (:ids)""")
			.param("org", org)
			.param("ids", keyResultIds)
			.query(rs -> {
				keys.put(rs.getObject(1, UUID.class), new String[] { rs.getString(2), rs.getString(3) });
			});
		if (keys.isEmpty()) {
			return Map.of();
		}
		Map<UUID, List<OrganizationFile.CheckIn>> checkIns = new HashMap<>();
		this.jdbc.sql("SELECT key_result_id, check_date, check_value, confidence, note FROM "
				+ this.hints.table("check_in", "check_in_latest_idx") + " WHERE organization_id = :org AND key_result_id IN (:ids)")
			.param("org", org)
			.param("ids", keys.keySet())
			.query(rs -> {
				checkIns.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
					.add(new OrganizationFile.CheckIn(rs.getDate(2).toLocalDate(), SectionValues.decimal(rs.getBigDecimal(3)),
							SectionValues.decimal(rs.getBigDecimal(4)), SectionValues.optional(rs.getString(5))));
			});
		Map<UUID, KeyResultCheckIns> histories = new HashMap<>();
		keys.forEach((id, k) -> histories.put(id,
				new KeyResultCheckIns(k[0], k[1], ObjectiveSection.sorted(checkIns.getOrDefault(id, List.of())))));
		return histories;
	}

	/** A key result's check-ins in file order, with its key and its objective's. */
	public record KeyResultCheckIns(String objectiveKey, String keyResultKey, List<OrganizationFile.CheckIn> checkIns) {
	}

}
