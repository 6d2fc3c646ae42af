package dev.plumbline.bench.jmh;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.PlanModel.CheckIn;
import dev.plumbline.interchange.PlanModel.KeyResult;
import dev.plumbline.interchange.PlanModel.Objective;

/**
 * The smallest change a person makes: one check-in on the first key result of one objective, dated the
 * organization's asOf. Returns a new organization; the records are immutable, so only the changed path
 * (objective list, objective, key result) is copied.
 */
final class OneCheckIn {

	private OneCheckIn() {
	}

	static OrganizationFile add(OrganizationFile organization, int round) {
		List<Objective> objectives = organization.objectives();
		int index = Math.floorMod(round * 7919, objectives.size());
		Objective objective = objectives.get(index);
		if (objective.keyResults().isEmpty()) {
			return organization;
		}
		KeyResult first = objective.keyResults().get(0);
		List<CheckIn> checkIns = new ArrayList<>(first.checkIns());
		checkIns.add(new CheckIn(organization.asOf(), BigDecimal.valueOf(round % 100), new BigDecimal("0.8"), null));
		KeyResult changed = new KeyResult(first.key(), first.title(), first.unit(), first.baseline(), first.target(),
				first.direction(), checkIns);
		List<KeyResult> keyResults = new ArrayList<>(objective.keyResults());
		keyResults.set(0, changed);
		List<Objective> all = new ArrayList<>(objectives);
		all.set(index, new Objective(objective.key(), objective.title(), objective.description(), objective.owner(),
				objective.team(), objective.parent(), objective.pillars(), objective.priority(), objective.start(),
				objective.due(), objective.status(), keyResults));
		return organization.withObjectives(all);
	}

}
