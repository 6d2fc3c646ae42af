package dev.plumbline.objective.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.plumbline.objective.InitiativeLinks.LinkedInitiative;
import dev.plumbline.objective.ObjectiveViews.Detail;
import dev.plumbline.objective.SmartLinter;

/**
 * What the objective page shows below its heading, for every viewer alike: the objective in full, the day
 * it is judged on, the charter's pillar names and the initiatives that list it ({@code null} without the
 * strategy module). The SMART hints and the charts are worked out from it when the page body is rendered
 * (RenderedFragments keeps the body while this is equal), not on every view.
 */
public record DetailView(Detail detail, LocalDate today, Map<String, String> pillarNames,
		List<LinkedInitiative> initiatives) {

	public List<SmartLinter.Hint> hints() {
		return SmartLinter.lint(this.detail.facts(), this.today);
	}

	/** Each key result's chart option, by key result id. */
	public Map<String, String> keyResultCharts() {
		return ObjectiveCharts.keyResults(this.detail, this.today);
	}

	public String confidenceChart() {
		return ObjectiveCharts.confidence(this.detail);
	}

}
