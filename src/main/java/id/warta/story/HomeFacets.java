package id.warta.story;

import java.util.List;

import id.warta.article.ArticleCatalog;
import id.warta.article.VersionedValue;
import id.warta.search.ArticleSearch;
import id.warta.search.SearchRequest;
import id.warta.search.SearchResults;
import org.springframework.stereotype.Component;

/**
 * The entity and agency counts of all articles, for the home page's filters: counted over
 * the whole index, so kept until the set of articles changes, and counted again by one
 * reader at a time while the others are shown the counts before.
 */
@Component
class HomeFacets {

	private final ArticleSearch search;

	private final ArticleCatalog catalog;

	private final VersionedValue<SearchResults> counts = new VersionedValue<>();

	HomeFacets(ArticleSearch search, ArticleCatalog catalog) {
		this.search = search;
		this.catalog = catalog;
	}

	SearchResults all() {
		return this.counts.get(this.catalog.version(), () -> this.search.search(new SearchRequest(null, List.of(),
				List.of(), List.of(), null, null, null, SearchRequest.Order.NEWEST, 1, 1, false)));
	}

}
