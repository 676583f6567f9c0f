package id.warta.article;

/**
 * Names shared between the entity mapping and the search module: the analyzer and the
 * index fields that queries address.
 */
public final class SearchFields {

	/**
	 * The analyzer of the text fields on every backend: it reads the terms that Warta's
	 * analysis wrote ({@link PreAnalyzedText}); defined by the backend's analysis
	 * configurer.
	 */
	public static final String ANALYZER = "warta_terms";

	/**
	 * Title and body as one field, which every search matches and scores: one term lookup
	 * per word rather than one per word and field.
	 */
	public static final String TEXT = "text";

	/** The word pairs of {@link #TEXT}, for phrases. */
	public static final String TEXT_PAIRS = "text_pairs";

	/** The body's blocks, stored (not indexed) for the passages under search hits. */
	public static final String BODY = "blocks.content";

	/** The article's id as doc values, for reading hits with Lucene alone. */
	public static final String ARTICLE_ID = "articleId";

	public static final String OUTLET = "outlet.slug";

	public static final String PUBLISHED = "publishedAt";

	/** The story an article belongs to. */
	public static final String STORY = "storyId";

	/** The day of the event an article reports, with doc values where it has one. */
	public static final String EVENT_DAY = "eventDay";

	/** The gazetteer entities an article names. */
	public static final String ENTITY = "entities.slug";

	/** The entities an article names most, for facet counts. */
	public static final String FACET_ENTITY = "facetEntities";

	/** The agencies an article credits. */
	public static final String AGENCY = "agencies.slug";

	private SearchFields() {
	}

}
