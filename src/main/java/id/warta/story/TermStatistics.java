package id.warta.story;

/**
 * How common terms and entities are in the articles grouped so far: what makes a shared
 * word telling ("Vostochny") or not ("pertemuan").
 */
public interface TermStatistics {

	/** How many articles there are. */
	long articles();

	/** In how many articles the analyzer's term occurs. */
	long articlesWithTerm(String term);

	/** In how many articles the entity is named. */
	long articlesWithEntity(String slug);

}
