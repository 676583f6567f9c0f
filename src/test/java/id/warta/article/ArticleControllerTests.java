package id.warta.article;

import java.util.List;
import java.util.Optional;

import id.warta.system.Dateline;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The article page on its own, with the catalog mocked.
 */
@WebMvcTest(ArticleController.class)
@Import(Dateline.class)
class ArticleControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ArticleCatalog catalog;

	@Test
	void articlesThatDoNotExistAreNotFound() throws Exception {
		given(this.catalog.find(anyLong())).willReturn(Optional.empty());
		this.mvc.perform(get("/articles/42")).andExpect(status().isNotFound());
		this.mvc.perform(get("/articles/forty-two")).andExpect(status().isNotFound());
		verify(this.catalog).find(42);
	}

	@Test
	void articlePageListsTheOtherSitesThatPublishedIt() throws Exception {
		ArticleView article = new ArticleView(7, "Menteri tiba di Jakarta", "Antara", "antara", null, null, false,
				List.of(), List.of(new ArticleView.BodyBlock(false, "Menteri tiba.")), 2, "id", "https://a.test/1",
				null, List.of(), List.of(), List.of());
		given(this.catalog.find(7)).willReturn(Optional.of(article));
		given(this.catalog.copies(7)).willReturn(List.of(new CopyLink("https://b.test/menteri-tiba", "Portal B")));
		this.mvc.perform(get("/articles/7"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Juga dimuat oleh:")))
			.andExpect(content().string(containsString("href=\"https://b.test/menteri-tiba\"")))
			.andExpect(content().string(containsString(">Portal B</a>")));
	}

}
