package id.warta.system;

import id.warta.PageTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors without a page of their own get the generic error page, in the layout and
 * without any detail of the failure.
 */
class ErrorPageTests extends PageTestSupport {

	@Test
	void otherErrorsShowTheGenericPageWithoutDetails() {
		Page page = send("DELETE", "/search?q=natuna");
		assertThat(page.status()).isEqualTo(405);
		assertThat(page.html().selectFirst("h1").text()).isEqualTo("Terjadi kesalahan");
		assertThat(page.html().selectFirst(".status").text()).isEqualTo("Kode kesalahan: 405");
		assertThat(page.html().selectFirst(".brand")).isNotNull();
		assertThat(page.body()).doesNotContain("Exception", "at org.", "DELETE");
	}

}
