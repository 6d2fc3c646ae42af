package dev.plumbline.audit.rule;

import dev.plumbline.audit.Subject;
import dev.plumbline.audit.graph.AlignmentGraph;
import dev.plumbline.audit.graph.AlignmentGraph.PainPointNode;
import dev.plumbline.interchange.PracticeModel.Concern;
import dev.plumbline.interchange.PracticeModel.Decision;
import dev.plumbline.interchange.PlanModel.Initiative;
import dev.plumbline.interchange.PlanModel.KeyResult;
import dev.plumbline.interchange.PlanModel.Kpi;
import dev.plumbline.interchange.PlanModel.Objective;
import dev.plumbline.interchange.PlanModel.Pillar;
import dev.plumbline.interchange.PracticeModel.Review;
import dev.plumbline.interchange.PlanModel.Seat;
import dev.plumbline.interchange.PlanModel.Team;

/**
 * The subject of a finding for each kind of node (kinds as documented on {@link Subject}).
 */
public final class Subjects {

	private Subjects() {
	}

	public static Subject initiative(Initiative i) {
		return new Subject("initiative", i.key(), i.name());
	}

	public static Subject objective(Objective o) {
		return new Subject("objective", o.key(), o.title());
	}

	public static Subject keyResult(Objective o, KeyResult kr) {
		return new Subject("keyResult", o.key() + "." + kr.key(), kr.title());
	}

	public static Subject pillar(Pillar p) {
		return new Subject("pillar", p.key(), p.name());
	}

	public static Subject kpi(Kpi k) {
		return new Subject("kpi", k.key(), k.name());
	}

	public static Subject seat(Seat s) {
		return new Subject("seat", s.key(), s.title());
	}

	public static Subject person(AlignmentGraph graph, String key) {
		return new Subject("person", key, graph.personName(key));
	}

	public static Subject painPoint(PainPointNode node) {
		return new Subject("painPoint", node.key(), node.painPoint().description());
	}

	public static Subject decision(Decision d) {
		return new Subject("decision", d.key(), d.title());
	}

	public static Subject team(AlignmentGraph graph, String key) {
		Team team = graph.team(key);
		return new Subject("team", key, (team == null || team.name() == null) ? key : team.name());
	}

	public static Subject concern(Concern c) {
		return new Subject("concern", c.key(), c.title());
	}

	public static Subject review(Review r) {
		return new Subject("review", r.key(), "Strategy review " + r.held());
	}

	/** Quotes a display name for an action sentence: {@code 'Clinic app'}, or the key when unnamed. */
	static String quoted(Subject subject) {
		String name = (subject.name() == null || subject.name().isBlank()) ? subject.key() : subject.name();
		return "'" + name + "'";
	}

}
