package dev.plumbline;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

import dev.plumbline.TestOrganizations.TestOrganization;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A picker's search field inside a filter form is not a filter: typing a name and then leaving the field
 * (the browser's own "change" on blur) must not send the list's filter request. It did, and the late
 * response's history push cancelled the link the person had just clicked (seen as a flaky KpiBrowserTests).
 */
class FilterSearchBrowserTests extends BrowserTest {

	@Autowired
	AutowireCapableBeanFactory beans;

	@Test
	void leavingAPickersSearchFieldSendsNoFilterRequestOnAnyList() {
		TestOrganization org = this.beans.createBean(DemoData.class).seed();
		Page page = signedIn(org.leader());
		for (String list : List.of("scorecard", "objectives", "initiatives")) {
			String path = "/o/" + org.slug() + "/" + list;
			page.navigate(path);
			List<String> filters = new CopyOnWriteArrayList<>();
			Consumer<Request> watch = request -> {
				if (isFilterRequest(request, path)) {
					filters.add(request.url());
				}
			};
			page.onRequest(watch);
			page.fill("input.picker-search[aria-label='Search owners by name']", "sofia");
			assertThat(page.locator("#f-owner option")).hasCount(2);
			if (page.locator("input[name=teamSearch]").count() > 0) {
				page.fill("input[name=teamSearch]", "a");
			}
			page.locator("h1").click(); // focus leaves the search field: the browser fires "change" on it
			page.waitForTimeout(300); // a filter request it sent would be on its way by now

			page.waitForResponse(response -> isFilterRequest(response.request(), path),
					() -> page.selectOption("#f-status", new SelectOption().setIndex(1)));
			assertThat(filters).as("filter requests on %s", list).hasSize(1);
			assertThat(filters.get(0)).contains("status=");
			page.offRequest(watch);
		}
	}

	private static boolean isFilterRequest(Request request, String path) {
		return request.url().contains(path + "?") && "true".equals(request.headers().get("hx-request"));
	}

}
