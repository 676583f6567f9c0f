package id.warta.article;

/**
 * What a list shows of an article's story: how many articles and outlets covered it, and
 * where its full coverage is.
 *
 * @param storyId the story
 * @param title its most representative headline
 * @param articles how many articles it has
 * @param outlets how many outlets they come from
 */
public record StoryBadge(long storyId, String title, int articles, int outlets) {

	/** Whether other articles than the one shown belong to the story. */
	public boolean covered() {
		return this.articles > 1;
	}

	/** Other outlets than the one shown, for "+2 media". */
	public int otherOutlets() {
		return Math.max(0, this.outlets - 1);
	}

	/** The story's page. */
	public String href() {
		return "/liputan/" + this.storyId;
	}

}
