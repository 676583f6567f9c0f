package id.warta.search;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the corpus lexicon keeps the words it learned.
 *
 * @param dataDir the data folder; the learned words live in its {@code index/} folder,
 * beside the index they were used for
 */
@ConfigurationProperties("warta")
public record LexiconSettings(@DefaultValue("./data") Path dataDir) {
}
