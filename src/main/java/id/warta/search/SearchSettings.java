package id.warta.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How search behaves.
 *
 * @param rebuildOnStart whether a start that finds the index missing, unreadable or out
 * of step with the database rebuilds it (the {@code reindex} command turns it off, as it
 * rebuilds anyway)
 * @param suggestions at most this many "did you mean" suggestions when nothing matches
 */
@ConfigurationProperties("warta.search")
public record SearchSettings(@DefaultValue("true") boolean rebuildOnStart, @DefaultValue("3") int suggestions) {
}
