package dev.plumbline.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The WHERE clause of a finding filter over {@code audit_finding f}, with its parameters; only the
 * latest run of the organization is ever read.
 */
record Where(String sql, List<Object> params) {

	static Where of(UUID organizationId, AuditQueries.FindingFilter filter) {
		StringBuilder sql = new StringBuilder(
				"WHERE f.organization_id = ? AND f.run_id = (SELECT run_id FROM audit_latest WHERE organization_id = ?)");
		List<Object> params = new ArrayList<>(List.of(organizationId, organizationId));
		if (filter.severity() != null) {
			sql.append(" AND f.severity = ?");
			params.add(filter.severity().name());
		}
		if (filter.code() != null) {
			sql.append(" AND f.code = ?");
			params.add(filter.code().name());
		}
		if (filter.kind() != null && !filter.kind().isBlank()) {
			sql.append(" AND f.subject_kind = ?");
			params.add(filter.kind());
		}
		if (filter.groupKind() != null && filter.groupKey() != null && !filter.groupKey().isBlank()) {
			sql.append(" AND EXISTS (SELECT 1 FROM audit_deduction d WHERE d.run_id = f.run_id"
					+ " AND d.finding_position = f.position AND d.group_kind = ? AND d.group_key = ?)");
			params.add(filter.groupKind());
			params.add(filter.groupKey());
		}
		if (!filter.sensitive()) {
			sql.append(" AND f.code NOT IN (").append(SensitiveFindings.sqlList()).append(")");
		}
		return new Where(sql.toString(), List.copyOf(params));
	}

}
