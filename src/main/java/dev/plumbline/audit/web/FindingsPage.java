package dev.plumbline.audit.web;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.plumbline.audit.AuditQueries.FindingRow;
import dev.plumbline.audit.AuditQueries.GroupScore;
import dev.plumbline.audit.AuditQueries.Run;
import dev.plumbline.audit.AuditQueries.Tally;
import dev.plumbline.audit.Severity;

/**
 * The audit API's answer: the fields of the report (organization, asOf, the index's scores without their
 * deductions, findings) with the findings one filtered page at a time, the tallies of the whole run, the
 * filter as understood and the links to the neighbouring pages.
 */
@Schema(description = "The latest audit, one page of findings; the whole report is at /audit/report")
record FindingsPage(String organization, String asOf, Instant ranAt, Index index,
		@Schema(description = "This page of the findings that pass the filter, in report order") List<FindingRow> findings,
		Filter filter, Page page, Totals totals, Links links) {

	static FindingsPage of(String organization, Run run, List<GroupScore> pillars, List<GroupScore> teams,
			List<FindingRow> findings, FindingsRequest request, long matching, List<Tally> tallies, Links links) {
		Index index = new Index(new Score(run.index()), pillars.stream().map(FindingsPage::named).toList(),
				teams.stream().map(FindingsPage::named).toList());
		Filter filter = new Filter(request.code() == null ? null : request.code().name(),
				request.severity() == null ? null : request.severity().name(), request.entity(), request.pillar(),
				request.team());
		Page page = new Page(request.page(), request.size(), matching,
				(int) Math.max(1, (matching + request.size() - 1) / request.size()));
		return new FindingsPage(organization, run.asOf() == null ? null : run.asOf().toString(), run.ranAt(), index,
				findings, filter, page, Totals.of(tallies), links);
	}

	private static NamedScore named(GroupScore score) {
		return new NamedScore(score.key(), score.name(), score.score());
	}

	/** The alignment index: the organization's score, then each pillar's and team's. */
	record Index(Score organization, List<NamedScore> pillars, List<NamedScore> teams) {
	}

	record Score(int value) {
	}

	record NamedScore(String key, String name, int value) {
	}

	/** The filter as understood (null: not filtered on). */
	record Filter(String code, String severity, String entity, String pillar, String team) {
	}

	@Schema(description = "number counts from 0; total: the findings that pass the filter")
	record Page(int number, int size, long total, int pages) {
	}

	/** Links to this, the next and the previous page (null when there is none), as in the Link header. */
	record Links(String self, String next, String previous) {
	}

	@Schema(description = "The whole latest run (unfiltered; without findings from fits for those who may not read fits)")
	record Totals(long findings, Map<String, Long> bySeverity, Map<String, Long> byCode, List<Tally> byCodeAndSeverity) {

		static Totals of(List<Tally> tallies) {
			Map<Severity, Long> severities = new EnumMap<>(Severity.class);
			for (Severity severity : Severity.values()) {
				severities.put(severity, 0L);
			}
			Map<String, Long> codes = new LinkedHashMap<>();
			long all = 0;
			for (Tally tally : tallies) {
				severities.merge(tally.severity(), tally.count(), Long::sum);
				codes.merge(tally.code().name(), tally.count(), Long::sum);
				all += tally.count();
			}
			Map<String, Long> bySeverity = new LinkedHashMap<>();
			severities.forEach((severity, count) -> bySeverity.put(severity.name(), count));
			return new Totals(all, bySeverity, codes, tallies);
		}

		/** How many findings of the run pass a filter on code and severity only. */
		static long matching(List<Tally> tallies, FindingsRequest request) {
			return tallies.stream()
				.filter(t -> request.code() == null || t.code() == request.code())
				.filter(t -> request.severity() == null || t.severity() == request.severity())
				.mapToLong(Tally::count)
				.sum();
		}

	}

}
