package id.warta.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How search behaves.
 *
 * @param rebuildOnStart whether a start that finds the index missing, unreadable or out
 * of step with the database rebuilds it (the {@code reindex} command turns it off, as it
 * rebuilds anyway)
 * @param reanalyseOnStart whether a start that finds the index analysed with fewer roots
 * than the lexicon has learned analyses every article again in the background
 * ({@code generate} turns it off, as it does that analysis when it ends)
 * @param suggestions at most this many "did you mean" suggestions when nothing matches
 * @param requestsPerSecondPerClient searches a client address may make per second, with
 * bursts of ten seconds' worth; more get 429 until it slows down (0: no limit)
 */
@ConfigurationProperties("warta.search")
public record SearchSettings(@DefaultValue("true") boolean rebuildOnStart, @DefaultValue("3") int suggestions,
		@DefaultValue("20") int requestsPerSecondPerClient, @DefaultValue("true") boolean reanalyseOnStart) {
}
