package dev.plumbline.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.springframework.stereotype.Component;

import dev.plumbline.kpi.CreateKpi;
import dev.plumbline.kpi.ImportMeasurements;
import dev.plumbline.kpi.KpiDraft;
import dev.plumbline.organization.CurrentOrganization;

/**
 * The demo's ten KPIs with a year of measurements at their cadence: a seeded, deterministic wobble around
 * a trend, dated back from today. Some are deliberately off for the audit: red ones (vaccination rate,
 * no-show rate, grant revenue), stale ones (patient satisfaction, grant revenue) and one without an owner
 * (ER visits avoided). Needs the demo's people and the charter's pillars to exist.
 */
@Component
public class DemoKpis {

	/** A KPI and how its measurements go: from {@code start} to {@code end}, stopping {@code silentDays} ago. */
	record Series(KpiDraft kpi, double start, double end, double noise, int scale, int silentDays) {
	}

	static final List<Series> SERIES = List.of(
			series("third-next-available", "Days to third-next-available appointment", "days", "priya", "weekly",
					"decrease", 5, 12, 7, List.of("access"), 14, 9, 1.0, 1, 2),
			series("patients-seen", "Patients seen per week", "patients", "tom", "weekly", "increase", 650, 500, 600,
					List.of("access"), 520, 640, 18, 0, 3),
			series("vaccination-rate", "Childhood vaccination rate", "%", "sofia", "monthly", "increase", 95, 85, 92,
					List.of("prevention"), 88, 83.5, 0.8, 1, 6),
			series("no-show-rate", "No-show rate", "%", "diego", "weekly", "decrease", 8, 15, 10,
					List.of("access", "quality"), 13, 16.4, 0.9, 1, 1),
			series("operating-margin", "Operating margin", "%", "kwame", "monthly", "increase", 3, 0, 2,
					List.of("sustainability"), 0.8, 2.6, 0.4, 1, 10),
			series("staff-turnover", "Staff turnover (annualised)", "%", "hana", "quarterly", "decrease", 12, 22, 15,
					List.of("people"), 24, 18.5, 0.6, 1, 20),
			series("patient-satisfaction", "Patient satisfaction", "score", "ines", "monthly", "increase", 85, 70, 80,
					List.of("quality"), 76, 82, 1.5, 0, 130),
			series("er-visits-avoided", "ER visits avoided", "visits", null, "monthly", "increase", 40, 20, 35,
					List.of("prevention"), 18, 29, 3, 0, 8),
			series("grant-revenue", "Grant revenue", "$k", "yara", "quarterly", "increase", 400, 250, 350,
					List.of("sustainability"), 320, 240, 15, 0, 200),
			series("interpreter-wait", "Interpreter wait", "minutes", "sam", "weekly", "decrease", 10, 25, 15,
					List.of("access", "quality"), 23, 12.5, 1.5, 1, 4));

	private final CreateKpi createKpi;

	private final ImportMeasurements importMeasurements;

	private final Clock clock;

	DemoKpis(CreateKpi createKpi, ImportMeasurements importMeasurements, Clock clock) {
		this.createKpi = createKpi;
		this.importMeasurements = importMeasurements;
		this.clock = clock;
	}

	/** Creates the KPIs and imports their measurements (one CSV upload, one trail entry). */
	public void seed(CurrentOrganization asLeader) {
		LocalDate today = LocalDate.now(this.clock);
		StringBuilder csv = new StringBuilder("kpi_key,date,value\n");
		for (Series series : SERIES) {
			this.createKpi.create(asLeader, series.kpi());
			measurements(series, today, csv);
		}
		this.importMeasurements.importCsv(asLeader, csv.toString());
	}

	static void measurements(Series series, LocalDate today, StringBuilder csv) {
		int days = switch (series.kpi().cadence()) {
			case "weekly" -> 7;
			case "monthly" -> 30;
			default -> 91;
		};
		LocalDate last = today.minusDays(series.silentDays());
		LocalDate first = today.minusDays(364);
		Random random = new Random(series.kpi().key().hashCode());
		int count = (int) ((last.toEpochDay() - first.toEpochDay()) / days);
		for (int i = 0; i <= count; i++) {
			LocalDate date = last.minusDays((long) (count - i) * days);
			double share = count == 0 ? 1 : (double) i / count;
			double value = series.start() + (series.end() - series.start()) * share
					+ (i == count ? 0 : random.nextGaussian() * series.noise());
			csv.append(series.kpi().key()).append(',').append(date).append(',')
				.append(BigDecimal.valueOf(value).setScale(series.scale(), RoundingMode.HALF_UP).toPlainString())
				.append('\n');
		}
	}

	private static Series series(String key, String name, String unit, String owner, String cadence,
			String direction, double target, double red, double green, List<String> pillars, double start, double end,
			double noise, int scale, int silentDays) {
		return new Series(new KpiDraft(key, name, unit, owner, pillars, cadence, direction, BigDecimal.valueOf(target),
				BigDecimal.valueOf(red), BigDecimal.valueOf(green)), start, end, noise, scale, silentDays);
	}

}
