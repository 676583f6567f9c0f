package id.warta.search;

import java.time.OffsetDateTime;
import java.util.List;

import id.warta.article.ArticleSummary;
import id.warta.article.OutletCount;
import id.warta.system.Dateline;
import id.warta.system.ResultPage;
import org.hibernate.search.util.common.SearchException;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The search page on its own, with the search service mocked.
 */
@WebMvcTest(SearchController.class)
@Import(Dateline.class)
class SearchControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ArticleSearch search;

	@Test
	void queryTheIndexCannotTakeShowsAFriendlyMessage() throws Exception {
		given(this.search.search(any())).willThrow(new SearchException("too many clauses"));
		this.mvc.perform(get("/search").param("q", "((("))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pencarian “(((” tidak dapat dipahami.")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("too many clauses"))));
	}

	@Test
	void blankQueryPromptsWithoutSearching() throws Exception {
		this.mvc.perform(get("/search").param("q", "   "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ketik kata yang ingin dicari")));
		verify(this.search, never()).search(any());
	}

	@Test
	void parametersAreCleanedBeforeSearching() throws Exception {
		given(this.search.search(any())).willReturn(results(List.of(), 0));
		this.mvc
			.perform(get("/search").param("q", "  laut natuna ")
				.param("outlet", "antara")
				.param("sort", "newest")
				.param("page", "abc"))
			.andExpect(status().isOk());
		ArgumentCaptor<SearchRequest> request = ArgumentCaptor.forClass(SearchRequest.class);
		verify(this.search).search(request.capture());
		assertThat(request.getValue()).isEqualTo(new SearchRequest("laut natuna", List.of("antara"), List.of(),
				List.of(), null, null, null, SearchRequest.Order.NEWEST, 1, 20, true));
	}

	@Test
	void matchedWordsAreMarkedAndShortenedQueriesNoticed() throws Exception {
		ArticleSummary article = new ArticleSummary(7, "Perundingan damai", "Antara", "antara",
				OffsetDateTime.parse("2023-09-14T04:22:00Z"), true, "Lead", 300, null);
		SearchHit hit = new SearchHit(article,
				List.of(new TextSegment("Perundingan", true), new TextSegment(" damai", false)),
				List.of(new TextSegment("melanjutkan ", false), new TextSegment("perundingan", true)));
		given(this.search.search(any())).willReturn(new SearchResults(new ResultPage<>(List.of(hit), 1, 20, 1),
				List.of(new OutletCount("Antara", "antara", 1)), List.of(), true, 3));
		this.mvc.perform(get("/search").param("q", "berunding"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<mark>Perundingan</mark> damai")))
			.andExpect(content().string(containsString("melanjutkan <mark>perundingan</mark>")))
			.andExpect(content().string(containsString("href=\"/articles/7?q=berunding\"")))
			.andExpect(content().string(containsString("Kamis, 14 September 2023")))
			.andExpect(content().string(containsString("hanya 500 karakter pertama")));
	}

	private static SearchResults results(List<SearchHit> hits, long total) {
		return new SearchResults(new ResultPage<>(hits, 1, 20, total), List.of(), List.of(), false, 1);
	}

}
