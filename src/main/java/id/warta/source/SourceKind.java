package id.warta.source;

/**
 * What a source's address holds, and so how its articles are found.
 */
public enum SourceKind {

	/** A single article page. */
	ARTICLE,
	/** An RSS or Atom feed. */
	FEED,
	/** A sitemap, sitemap index or Google News sitemap. */
	SITEMAP,
	/** A section or index page whose links on the same site lead to articles. */
	SECTION

}
