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

	/**
	 * The analyzer of the pair fields: {@link #ANALYZER}'s terms two by two, so that a
	 * quoted phrase is looked up as terms rather than matched position by position;
	 * defined by the search module.
	 */
	public static final String PAIRS_ANALYZER = "indonesian_pairs";

	public static final String TITLE = "title";

	public static final String BODY = "blocks.content";

	/** Name of the title's pair field, relative to the title's property. */
	public static final String PAIRS_SUFFIX = "_pairs";

	public static final String TITLE_PAIRS = TITLE + PAIRS_SUFFIX;

	public static final String BODY_PAIRS = BODY + PAIRS_SUFFIX;

	public static final String OUTLET = "outlet.slug";

	public static final String PUBLISHED = "publishedAt";

	private SearchFields() {
	}

}
