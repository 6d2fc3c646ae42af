package dev.plumbline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.ITemplateEngine;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.objective.ObjectiveStatus;
import dev.plumbline.objective.ObjectiveViews.Item;

/**
 * A fragment is rendered once for equal variables and again as soon as one differs (nothing stale is
 * served); it sees its variables only; what is kept stays within its bound. With the real templates of the
 * objectives list.
 */
@PlumblineIntegrationTest
class RenderedFragmentsIntegrationTests {

	@Autowired
	ITemplateEngine templates;

	@Test
	void equalVariablesReuseTheHtmlAndAChangedOneRendersAgain() {
		RenderedFragments fragments = new RenderedFragments(this.templates, 1_000_000);
		UUID id = UUID.randomUUID();
		String first = rows(fragments, item(id, 40.0), "/o/acme");
		assertThat(first).contains("href=\"/o/acme/objectives/" + id + "\"").contains("40 %").contains("Grow reach");
		assertThat(fragments.size()).as("seen once: not kept yet").isZero();
		String second = rows(fragments, item(id, 40.0), "/o/acme");
		assertThat(second).isEqualTo(first);
		assertThat(rows(fragments, item(id, 40.0), "/o/acme")).as("equal variables: the same HTML, kept").isSameAs(second);
		assertThat(fragments.size()).isEqualTo(1);

		String progressed = twice(fragments, item(id, 41.0), "/o/acme");
		assertThat(progressed).as("a check-in moved the progress").contains("41 %").doesNotContain("40 %");
		assertThat(rows(fragments, item(id, 41.0), "/o/acme")).isSameAs(progressed);
		String elsewhere = twice(fragments, item(id, 40.0), "/ctx/o/other");
		assertThat(elsewhere).as("another organization (and context path) has its own links")
			.contains("href=\"/ctx/o/other/objectives/" + id + "\"");
		assertThat(fragments.size()).isEqualTo(3);
		assertThat(rows(fragments, item(id, 40.0), "/o/acme")).isSameAs(second);
	}

	@Test
	void whatIsRenderedOnceDoesNotPushOutWhatIsSeenAgain() {
		RenderedFragments fragments = new RenderedFragments(this.templates, 4_000);
		UUID often = UUID.randomUUID();
		String kept = twice(fragments, item(often, 50.0), "/o/acme");
		for (int i = 0; i < 40; i++) {
			rows(fragments, item(UUID.randomUUID(), i), "/o/acme");
		}
		assertThat(fragments.size()).isEqualTo(1);
		assertThat(rows(fragments, item(often, 50.0), "/o/acme")).isSameAs(kept);
	}

	@Test
	void aFragmentSeesItsVariablesAndNothingElse() {
		RenderedFragments fragments = new RenderedFragments(this.templates, 1_000_000);
		String html = rows(fragments, item(UUID.randomUUID(), 10.0), "/o/acme");
		assertThat(html).doesNotContain("_csrf").doesNotContain("<form");
	}

	@Test
	void keepsNoMoreThanItsBound() {
		RenderedFragments fragments = new RenderedFragments(this.templates, 8_000);
		String last = null;
		for (int i = 0; i < 40; i++) {
			last = twice(fragments, item(UUID.randomUUID(), i), "/o/acme");
		}
		assertThat(fragments.bytes()).isLessThanOrEqualTo(8_000).isGreaterThanOrEqualTo(last.length());
		assertThat(fragments.size()).isPositive().isLessThanOrEqualTo((int) (8_000 / last.length()));
	}

	@Test
	void countsTheHeapAStringTakesNotItsCharacters() {
		assertThat(RenderedFragments.bytesOf("<td>Ada</td>")).as("Latin-1: a byte per character").isEqualTo(12);
		assertThat(RenderedFragments.bytesOf("<td>é</td>")).as("é is Latin-1").isEqualTo(10);
		assertThat(RenderedFragments.bytesOf("<td>—</td>")).as("an em dash: two bytes per character").isEqualTo(20);
		RenderedFragments fragments = new RenderedFragments(this.templates, 1_000_000);
		String html = twice(fragments, item(UUID.randomUUID(), 5.0, null), "/o/acme");
		assertThat(html).contains("—");
		assertThat(fragments.bytes()).as("a row without an owner shows a dash").isEqualTo(2L * html.length());
	}

	/** The row rendered twice: kept from then on. */
	private static String twice(RenderedFragments fragments, Item item, String base) {
		rows(fragments, item, base);
		return rows(fragments, item, base);
	}

	/** A row of the objectives list, as the list renders it. */
	private static String rows(RenderedFragments fragments, Item item, String base) {
		return fragments.html("objective/rows", "row", Map.of("o", item, "base", base), Locale.ENGLISH);
	}

	private static Item item(UUID id, double progress) {
		return item(id, progress, "Ada");
	}

	private static Item item(UUID id, double progress, String owner) {
		return new Item(id, "grow", "Grow reach", null, owner, null, "Clinics", List.of("access"), ObjectiveStatus.ACTIVE,
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 1, 3, progress);
	}

}
