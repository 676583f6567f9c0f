package id.warta.story;

import java.util.List;

import id.warta.article.ArticleCatalog;
import id.warta.search.ArticleSearch;
import id.warta.search.SearchRequest;
import id.warta.search.SearchResults;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The entity and agency counts of all articles, for the home page's filters: counted over
 * the whole index, so kept until the set of articles changes.
 */
@Component
class HomeFacets {

	private final ArticleSearch search;

	private final ArticleCatalog catalog;

	private volatile @Nullable Cached cached;

	HomeFacets(ArticleSearch search, ArticleCatalog catalog) {
		this.search = search;
		this.catalog = catalog;
	}

	SearchResults all() {
		String version = this.catalog.version();
		Cached current = this.cached;
		if (current != null && current.version().equals(version)) {
			return current.results();
		}
		SearchResults results = this.search.search(new SearchRequest(null, List.of(), List.of(), List.of(), null, null,
				null, SearchRequest.Order.NEWEST, 1, 1, false));
		this.cached = new Cached(version, results);
		return results;
	}

	private record Cached(String version, SearchResults results) {
	}

}
