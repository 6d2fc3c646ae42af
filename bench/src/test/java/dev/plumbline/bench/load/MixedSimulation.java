package dev.plumbline.bench.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The mixed scenario of issue 5: each virtual user signs in through the login form (with its CSRF token)
 * and opens the dashboard, then, without think time until the run ends, picks dashboard, objectives of a team (first page),
 * an objective, the KPI scorecard, a check-in (htmx POST with the CSRF header) or the audit API (API
 * token). Users arrive over the first seconds and stay, so {@code bench.users} are in flight at once.
 * Settings (system properties): {@code bench.baseUrl}, {@code bench.run} (the directory Load wrote),
 * {@code bench.users} (50), {@code bench.seconds} (60).
 */
public class MixedSimulation extends Simulation {

	private final String base = System.getProperty("bench.baseUrl", "http://127.0.0.1:18081");

	private final Path run = Path.of(System.getProperty("bench.run", "work/run"));

	private final int users = Integer.getInteger("bench.users", 50);

	private final int seconds = Integer.getInteger("bench.seconds", 60);

	private final Properties session = properties(this.run.resolve("session.properties"));

	private final String org = "/o/" + this.session.getProperty("slug");

	private final HttpProtocolBuilder protocol = http.baseUrl(this.base)
		.acceptHeader("text/html,application/json")
		.acceptEncodingHeader("gzip, deflate")
		.disableFollowRedirect()
		.shareConnections();

	/**
	 * Redirects are not followed: a page that answers with a redirect to the login form (a lost session)
	 * fails its status check instead of passing as the login page's 200.
	 */
	private final ChainBuilder signIn = exec(http("login page").get("/login")
		.check(css("input[name=_csrf]", "value").saveAs("csrf")))
		.exec(http("sign in").post("/login")
			.formParam("email", this.session.getProperty("email"))
			.formParam("password", this.session.getProperty("password"))
			.formParam("_csrf", "#{csrf}")
			.check(status().is(302))
			.check(header("Location").transform(location -> !location.contains("/login")).is(true)))
		.exec(http("dashboard").get(this.org + "/dashboard")
			.check(status().is(200))
			.check(regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf"))
			.resources(graph(), teams()));

	/**
	 * The dashboard and, as its page does, the alignment graph and the teams' chart from their own URLs;
	 * Gatling keeps each user's ETag like a browser, so a repeated view revalidates them (304) instead of
	 * fetching them again while the audit run is the same.
	 */
	private final ChainBuilder dashboard = exec(http("dashboard").get(this.org + "/dashboard").check(status().is(200))
		.resources(graph(), teams()));

	private final ChainBuilder objectivesOfTeam = feed(csv(feeder("teams.csv")).random())
		.exec(http("objectives of a team").get(this.org + "/objectives?team=#{id}").check(status().is(200)));

	private final ChainBuilder objective = feed(csv(feeder("objectives.csv")).random())
		.exec(http("objective page").get(this.org + "/objectives/#{id}").check(status().is(200)));

	private final ChainBuilder scorecard = exec(http("scorecard").get(this.org + "/scorecard").check(status().is(200)));

	private final ChainBuilder checkIn = feed(csv(feeder("keyresults.csv")).random())
		.exec(http("check-in").post(this.org + "/key-results/#{id}/check-ins")
			.header("HX-Request", "true")
			.header("X-CSRF-TOKEN", "#{csrf}")
			.formParam("value", "42")
			.formParam("confidence", "0.7")
			.check(status().is(200)));

	private final ChainBuilder audit = exec(http("audit API").get("/api/v1/orgs/" + this.session.getProperty("slug") + "/audit")
		.header("Authorization", "Bearer " + this.session.getProperty("token"))
		.header("Accept", "application/json")
		.check(status().is(200)));

	/** A user whose sign-in failed stops: its later requests would fail on a stale CSRF token (403). */
	private final ScenarioBuilder mixed = scenario("mixed").exec(this.signIn)
		.exitHereIfFailed()
		.exec(during(Duration.ofSeconds(this.seconds)).on(randomSwitch().on(percent(20.0).then(this.dashboard),
				percent(25.0).then(this.objectivesOfTeam), percent(20.0).then(this.objective),
				percent(10.0).then(this.scorecard), percent(15.0).then(this.checkIn), percent(10.0).then(this.audit))));

	{
		setUp(this.mixed.injectOpen(constantUsersPerSec(Math.max(1, this.users / 5.0)).during(5)))
			.protocols(this.protocol);
	}

	private io.gatling.javaapi.http.HttpRequestActionBuilder graph() {
		return http("dashboard graph").get(this.org + "/dashboard/graph").check(status().in(200, 304));
	}

	private io.gatling.javaapi.http.HttpRequestActionBuilder teams() {
		return http("dashboard teams").get(this.org + "/dashboard/teams").check(status().in(200, 304));
	}

	private String feeder(String name) {
		return this.run.resolve(name).toAbsolutePath().toString();
	}

	private static Properties properties(Path file) {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("bench.run: cannot read " + file + " (run Load first)", ex);
		}
		return properties;
	}

}
