package dev.plumbline.demo;

import java.util.List;

import dev.plumbline.charter.CharterContent;
import dev.plumbline.charter.CharterValue;
import dev.plumbline.charter.Pillar;

/**
 * The demo charter in the three versions its history shows: first draft, a sharper mission with a new
 * pillar, then a re-weighting after the annual review.
 */
final class DemoCharter {

	private static final String VISION = "Every family in the Northwind valley can get care close to home, "
			+ "in their own language, before a small problem becomes a crisis.";

	private static final List<CharterValue> VALUES = List.of(
			new CharterValue("dignity", "Dignity", "We treat every patient as a neighbour, never as a case.",
					List.of("Greet patients by name and explain every step", "Offer an interpreter before one is asked for",
							"Keep waiting rooms clean, calm and private")),
			new CharterValue("candor", "Candor", "We say what is not working, early and kindly.",
					List.of("Raise a concern at the weekly huddle", "Share outcome data, good or bad",
							"Ask \"what did we miss?\" after every incident")),
			new CharterValue("stewardship", "Stewardship",
					"Every grant dollar and every clinician hour is a trust we account for.",
					List.of("Tie each spend to a pillar", "Stop projects that no longer serve patients")),
			new CharterValue("together", "Together",
					"Clinicians, staff, volunteers and patients design the clinic side by side.",
					List.of("Invite a patient voice to every redesign", "Cover for each other without being asked")));

	private DemoCharter() {
	}

	static CharterContent first() {
		return new CharterContent(VISION,
				"We run community clinics that provide primary care to everyone in the valley.", VALUES,
				List.of(new Pillar("access", "Access to care", "Open hours, short waits, no one turned away.", 5),
						new Pillar("quality", "Clinical quality", "Evidence-based care with measured outcomes.", 4),
						new Pillar("sustainability", "Sustainable finances", "Diverse funding, costs we understand.", 3)));
	}

	static CharterContent second() {
		return new CharterContent(VISION,
				"We run community clinics that provide affordable, preventive primary care to every family in the "
						+ "valley, whatever their insurance or language.",
				VALUES,
				List.of(new Pillar("access", "Access to care", "Open hours, short waits, no one turned away.", 5),
						new Pillar("quality", "Clinical quality", "Evidence-based care with measured outcomes.", 4),
						new Pillar("prevention", "Prevention & outreach",
								"Screenings, vaccinations and home visits that keep people out of the ER.", 3),
						new Pillar("sustainability", "Sustainable finances", "Diverse funding, costs we understand.", 3)));
	}

	static CharterContent third() {
		CharterContent second = second();
		return new CharterContent(second.vision(), second.mission(), second.values(),
				List.of(new Pillar("access", "Access to care", "Open hours, short waits, no one turned away.", 5),
						new Pillar("quality", "Clinical quality", "Evidence-based care with measured outcomes.", 4),
						new Pillar("prevention", "Prevention & outreach",
								"Screenings, vaccinations and home visits that keep people out of the ER.", 4),
						new Pillar("sustainability", "Sustainable finances", "Diverse funding, costs we understand.", 2),
						new Pillar("people", "A place people stay",
								"Clinicians and staff who grow here and stay for years.", 3)));
	}

}
