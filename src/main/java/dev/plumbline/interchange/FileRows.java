package dev.plumbline.interchange;

/**
 * Counts the rows an organization file holds, so that an import can report its progress.
 */
final class FileRows {

	private FileRows() {
	}

	static long count(OrganizationFile file) {
		long rows = 1 + file.charter().values().size() + file.charter().pillars().size();
		for (OrganizationFile.Value value : file.charter().values()) {
			rows += value.behaviors().size();
		}
		rows += file.teams().size() + file.people().size() + file.seats().size() + file.initiatives().size();
		for (OrganizationFile.Objective objective : file.objectives()) {
			rows += 1 + objective.pillars().size();
			for (OrganizationFile.KeyResult keyResult : objective.keyResults()) {
				rows += 1 + keyResult.checkIns().size();
			}
		}
		for (OrganizationFile.Kpi kpi : file.kpis()) {
			rows += 1 + kpi.measurements().size();
		}
		for (OrganizationFile.Journey journey : file.journeys()) {
			rows += 1;
			for (OrganizationFile.Stage stage : journey.stages()) {
				rows += 1 + stage.touchpoints().size() + stage.painPoints().size();
			}
		}
		rows += file.decisions().size() + file.fits().size() + file.concerns().size() + file.reviews().size()
				+ file.stories().size();
		for (OrganizationFile.Survey survey : file.surveys()) {
			rows += 1 + survey.questions().size() + survey.responses().size();
		}
		return rows;
	}

}
