package id.warta.story;

import java.util.List;
import java.util.Optional;

import id.warta.article.ArticleCatalog;
import id.warta.search.ArticleSearch;
import id.warta.search.SearchResults;
import id.warta.system.Dateline;
import id.warta.system.ResultPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page on its own, with stories and search mocked.
 */
@WebMvcTest(HomeController.class)
@Import(Dateline.class)
class HomeControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private StoryDirectory stories;

	@MockitoBean
	private ArticleCatalog catalog;

	@MockitoBean
	private ArticleSearch search;

	@MockitoBean
	private HomeFacets facets;

	@BeforeEach
	void noFacets() {
		given(this.facets.all())
			.willReturn(new SearchResults(new ResultPage<>(List.of(), 1, 1, 0), List.of(), List.of(), false, 0));
	}

	@Test
	void emptyDatabaseSaysThereAreNoArticlesYet() throws Exception {
		given(this.stories.newest(1, 20)).willReturn(new ResultPage<>(List.of(), 1, 20, 0));
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Belum ada artikel.")));
	}

	@Test
	void pagePastTheEndShowsTheLastPage() throws Exception {
		given(this.stories.newest(10_000, 20)).willReturn(new ResultPage<>(List.of(), 10_000, 20, 45));
		given(this.stories.newest(3, 20)).willReturn(new ResultPage<>(List.of(), 3, 20, 45));
		this.mvc.perform(get("/").param("page", "12345678901234")).andExpect(status().isOk());
		verify(this.stories).newest(3, 20);
	}

	@Test
	void outletNobodyHasIsNotQueried() throws Exception {
		given(this.catalog.outletName("nobody")).willReturn(Optional.empty());
		this.mvc.perform(get("/").param("outlet", "nobody"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Media “nobody” tidak ditemukan.")));
		verify(this.stories, never()).newest(1, 20);
		verify(this.search, never()).search(any());
	}

}
