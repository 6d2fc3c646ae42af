package dev.plumbline.interchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.plumbline.interchange.PracticeModel.Audience;
import dev.plumbline.interchange.PracticeModel.Concern;
import dev.plumbline.interchange.PracticeModel.ConcernStatus;
import dev.plumbline.interchange.PracticeModel.Decision;
import dev.plumbline.interchange.PracticeModel.DecisionStatus;
import dev.plumbline.interchange.PracticeModel.Journey;
import dev.plumbline.interchange.PracticeModel.PainPoint;
import dev.plumbline.interchange.PracticeModel.PainSeverity;
import dev.plumbline.interchange.PracticeModel.Question;
import dev.plumbline.interchange.PracticeModel.Response;
import dev.plumbline.interchange.PracticeModel.Review;
import dev.plumbline.interchange.PracticeModel.ReviewCadence;
import dev.plumbline.interchange.PracticeModel.Stage;
import dev.plumbline.interchange.PracticeModel.Story;
import dev.plumbline.interchange.PracticeModel.StoryKind;
import dev.plumbline.interchange.PracticeModel.Survey;

import static dev.plumbline.interchange.Structures.list;
import static dev.plumbline.interchange.Structures.map;
import static dev.plumbline.interchange.Structures.object;
import static dev.plumbline.interchange.Types.BOOLEAN;
import static dev.plumbline.interchange.Types.DATE;
import static dev.plumbline.interchange.Types.KEY;
import static dev.plumbline.interchange.Types.TEXT;
import static dev.plumbline.interchange.Types.choice;
import static dev.plumbline.interchange.Types.ref;
import static dev.plumbline.interchange.Types.whole;

/**
 * Customer journeys, decisions, surveys, concerns, reviews and stories.
 */
final class FeedbackShapes {

	static final Shape<PainPoint> PAIN_POINT = Shape
		.of("painPoint", v -> new PainPoint(v.get("key"), v.get("description"), v.get("severity"), v.get("evidence")))
		.required("key", KEY, PainPoint::key)
		.required("description", TEXT, PainPoint::description)
		.optional("severity", choice(PainSeverity.class), PainPoint::severity)
		.optional("evidence", TEXT, PainPoint::evidence);

	static final Shape<Stage> STAGE = Shape
		.of("stage", v -> new Stage(v.get("key"), v.get("name"), v.list("touchpoints"), v.list("painPoints")))
		.required("key", KEY, Stage::key)
		.required("name", TEXT, Stage::name)
		.optional("touchpoints", list(TEXT), Stage::touchpoints)
		.optional("painPoints", list(object(PAIN_POINT)), Stage::painPoints);

	static final Shape<Journey> JOURNEY = Shape
		.of("journey", v -> new Journey(v.get("key"), v.get("name"), v.get("persona"), v.list("stages")))
		.required("key", KEY, Journey::key)
		.required("name", TEXT, Journey::name)
		.optional("persona", TEXT, Journey::persona)
		.optional("stages", list(object(STAGE)), Journey::stages);

	static final Shape<Decision> DECISION = Shape
		.of("decision",
				v -> new Decision(v.get("key"), v.get("title"), v.get("status"), v.get("decidedOn"), v.get("revisitOn"),
						v.get("owner"), v.get("scores"), v.get("checklist")))
		.required("key", KEY, Decision::key)
		.required("title", TEXT, Decision::title)
		.required("status", choice(DecisionStatus.class), Decision::status)
		.optional("decidedOn", DATE, Decision::decidedOn)
		.optional("revisitOn", DATE, Decision::revisitOn)
		.optional("owner", ref(Target.PERSON), Decision::owner)
		.optional("scores", map(true, Target.PILLAR_OR_VALUE, whole(-2, 2)), Decision::scores)
		.optional("checklist", map(false, null, BOOLEAN), Decision::checklist);

	static final Shape<Question> QUESTION = Shape
		.of("question", v -> new Question(v.get("key"), v.get("text"), v.get("scale", 0)))
		.required("key", KEY, Question::key)
		.required("text", TEXT, Question::text)
		.required("scale", whole(2, 10), Question::scale);

	static final Shape<Response> RESPONSE = Shape.of("response", v -> new Response(v.get("team"), v.get("answers")))
		.optional("team", ref(Target.TEAM), Response::team)
		.required("answers", map(true, null, whole(null, null)), Response::answers);

	static final Shape<Survey> SURVEY = Shape
		.of("survey",
				v -> new Survey(v.get("key"), v.get("title"), v.get("audience"), v.get("date"), v.list("questions"),
						v.list("responses")))
		.required("key", KEY, Survey::key)
		.required("title", TEXT, Survey::title)
		.optional("audience", choice(Audience.class), Survey::audience)
		.optional("date", DATE, Survey::date)
		.optional("questions", list(object(QUESTION)), Survey::questions)
		.optional("responses", list(object(RESPONSE)), Survey::responses)
		.check(FeedbackShapes::answersFitTheQuestions);

	static final Shape<Concern> CONCERN = Shape
		.of("concern",
				v -> new Concern(v.get("key"), v.get("title"), v.get("raisedBy"), v.get("raised"), v.get("status"),
						v.list("pillars")))
		.required("key", KEY, Concern::key)
		.required("title", TEXT, Concern::title)
		.optional("raisedBy", ref(Target.PERSON), Concern::raisedBy)
		.optional("raised", DATE, Concern::raised)
		.required("status", choice(ConcernStatus.class), Concern::status)
		.optional("pillars", list(ref(Target.PILLAR)), Concern::pillars);

	static final Shape<Review> REVIEW = Shape
		.of("review", v -> new Review(v.get("key"), v.get("cadence"), v.get("held"), v.list("outcomes")))
		.required("key", KEY, Review::key)
		.optional("cadence", choice(ReviewCadence.class), Review::cadence)
		.optional("held", DATE, Review::held)
		.optional("outcomes", list(TEXT), Review::outcomes);

	static final Shape<Story> STORY = Shape
		.of("story",
				v -> new Story(v.get("key"), v.get("kind"), v.get("title"), v.get("body"), v.get("date"),
						v.list("pillars")))
		.required("key", KEY, Story::key)
		.optional("kind", choice(StoryKind.class), Story::kind)
		.required("title", TEXT, Story::title)
		.optional("body", TEXT, Story::body)
		.optional("date", DATE, Story::date)
		.optional("pillars", list(ref(Target.PILLAR)), Story::pillars);

	private FeedbackShapes() {
	}

	/** Every answer names one of the survey's questions and lies between 1 and its scale. */
	private static void answersFitTheQuestions(Shape.Values survey, Cursor cursor) {
		Map<String, Integer> scales = new HashMap<>();
		for (Question question : survey.<Question>list("questions")) {
			if (question.key() != null) {
				scales.put(question.key(), question.scale());
			}
		}
		List<Response> responses = survey.list("responses");
		cursor.push("responses");
		for (int i = 0; i < responses.size(); i++) {
			cursor.push(i);
			cursor.push("answers");
			for (Map.Entry<String, Integer> answer : responses.get(i).answers().entrySet()) {
				Integer scale = scales.get(answer.getKey());
				if (scale == null) {
					cursor.problemAt(answer.getKey(), answer.getKey(), "names no question of this survey"
							+ Suggestions.didYouMean(answer.getKey(), scales.keySet()));
				}
				else if (scale >= 2 && (answer.getValue() < 1 || answer.getValue() > scale)) {
					cursor.problemAt(answer.getKey(), answer.getValue().toString(),
							"must be between 1 and the question's scale (" + scale + ")");
				}
			}
			cursor.pop();
			cursor.pop();
		}
		cursor.pop();
	}

}
