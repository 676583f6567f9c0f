package id.warta.search;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the search module keeps its state.
 *
 * @param dataDir the data folder; the index and the learned words live in its
 * {@code index/} folder
 */
@ConfigurationProperties("warta")
public record SearchSettings(@DefaultValue("./data") Path dataDir) {
}
