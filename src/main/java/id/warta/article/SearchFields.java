package id.warta.article;

/**
 * Names shared between the entity mapping and the search module: the analyzer and the
 * index fields that queries address.
 */
public final class SearchFields {

	/** The analyzer that index and queries share; defined by the search module. */
	public static final String ANALYZER = "indonesian";

	/**
	 * The analyzer for query text: {@link #ANALYZER} plus aliases such as "Korut" for
	 * "Korea Utara"; defined by the search module.
	 */
	public static final String QUERY_ANALYZER = "indonesian_query";

	public static final String TITLE = "title";

	public static final String BODY = "blocks.content";

	public static final String OUTLET = "outlet.slug";

	public static final String PUBLISHED = "publishedAt";

	private SearchFields() {
	}

}
