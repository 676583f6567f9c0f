package id.warta.source;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sources are polled and how their articles are folded together.
 *
 * @param scheduling whether sources are polled at all (off for the {@code import} command
 * and most tests)
 * @param pollInterval how often a new source is polled
 * @param maxBackoff the longest wait after repeated failures of a source
 * @param concurrentSources how many sources are fetched at once
 * @param fetchLogRetention how long the fetch log keeps a line
 * @param maxArticlesPerRun articles fetched at most in one run of a source
 * @param nearDuplicateSimilarity word-shingle Jaccard similarity from which two articles
 * are the same story
 * @param ingestThreads threads that extract and store fetched pages
 * @param nearDuplicateMemory signatures of the newest articles kept in memory to find
 * near-copies by (about 1 KB each); a copy of an older article is stored as an article of
 * its own (exact copies are still caught by their content hash)
 * @param stopWait how long a shutdown waits for running crawls to finish the page they
 * are on before it interrupts them
 */
@ConfigurationProperties("warta.sources")
public record SourceSettings(@DefaultValue("true") boolean scheduling, @DefaultValue("30m") Duration pollInterval,
		@DefaultValue("24h") Duration maxBackoff, @DefaultValue("4") int concurrentSources,
		@DefaultValue("14d") Duration fetchLogRetention, @DefaultValue("5000") int maxArticlesPerRun,
		@DefaultValue("0.8") double nearDuplicateSimilarity, @DefaultValue("2") int ingestThreads,
		@DefaultValue("50000") int nearDuplicateMemory, @DefaultValue("30s") Duration stopWait) {
}
