package id.warta.story;

/**
 * The weights of story grouping, set on Warta's own fixtures of stories and hard
 * negatives ({@code src/test/resources/stories}, see {@code StoryBenchmark}).
 *
 * @param text weight of the cosine of the terms of headline and text
 * @param title weight of the cosine of the headlines
 * @param entities weight of the cosine of the entities named
 * @param lead weight of the cosine of headline and first paragraphs
 * @param leadEntities weight of the cosine of the entities they name
 * @param actors taken off, in full, when none of the people and places one article is
 * about is named by the other
 * @param sameDays added when the events are at most a day apart
 * @param nearDays added when they are two days apart
 * @param farDays taken off when they are three days apart or more: the same people meet
 * again days later on another matter, or the next stop of a trip
 * @param unknownDays taken off when either day is unknown, so that the text alone must
 * carry the match
 * @param threshold the least score of a pair of versions of one event
 * @param priorArticles articles' worth of prior: how many articles the statistics of a
 * term must reach before they outweigh what its kind says of its rarity
 * @param rootPrior share of articles a root of the lexicon is taken to occur in
 * @param wordPrior share of articles another word (a name, a rare word) is taken to occur
 * in
 * @param entityPrior share of articles an entity is taken to be named in
 */
record StoryWeights(double text, double title, double entities, double lead, double leadEntities, double actors,
		double sameDays, double nearDays, double farDays, double unknownDays, double threshold, double priorArticles,
		double rootPrior, double wordPrior, double entityPrior) {

	/** Text similarity from which shared entities count in full. */
	static final double TEXT_FOR_ENTITIES = 0.15;

	/** Events further apart than this many days are other events. */
	static final int MAX_DAYS_APART = 7;

	/**
	 * Days a story spans at most, from its first event day to its last: an event's
	 * coverage, not a chain of days that each follow the one before.
	 */
	static final int MAX_STORY_DAYS = 10;

	static final StoryWeights STANDARD = new StoryWeights(1.0, 0.7, 0.65, 0.2, 0.2, 0.38, 0.16, 0.04, 0.22, 0.14, 0.9,
			200, 0.03, 0.04, 0.024);

	/**
	 * The pair's score: at least {@link #threshold()} for two versions of one event,
	 * {@code Double.NEGATIVE_INFINITY} for events too far apart or years that the offices
	 * named rule out.
	 */
	double score(StorySimilarity.Signals signals) {
		if (signals.yearsDisagree()) {
			return Double.NEGATIVE_INFINITY;
		}
		// Naming the same countries tells little when the texts share few words: two
		// briefs
		// on North Korea need not report one event.
		double gate = Math.min(1, signals.text() / TEXT_FOR_ENTITIES);
		double score = this.text * signals.text() + this.title * signals.title()
				+ gate * (this.entities * signals.entities() + this.leadEntities * signals.leadEntities())
				+ this.lead * signals.lead() - this.actors * (1 - signals.actors());
		Integer days = signals.daysApart();
		if (days == null) {
			return score - this.unknownDays;
		}
		if (days > MAX_DAYS_APART) {
			return Double.NEGATIVE_INFINITY;
		}
		return score + ((days <= 1) ? this.sameDays : (days == 2) ? this.nearDays : -this.farDays);
	}

	boolean sameEvent(double score) {
		return score >= this.threshold;
	}

}
