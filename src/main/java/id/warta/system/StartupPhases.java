package id.warta.system;

/**
 * The order of the work done at start, before the web server opens (its phase is
 * {@code Integer.MAX_VALUE - 2048}): the search index is checked first, then the seeds
 * are imported into an empty database, then articles without a story are placed. A
 * reader's first page then finds all of it.
 */
public final class StartupPhases {

	/** The search index: the lexicon loaded, the index checked, repaired or rebuilt. */
	public static final int INDEX = Integer.MAX_VALUE - 4096;

	/** The seeds, into an empty database. */
	public static final int SEEDS = INDEX + 10;

	/** Stories for the articles that have none. */
	public static final int STORIES = SEEDS + 10;

	private StartupPhases() {
	}

}
