package id.warta.article;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How articles are imported.
 *
 * @param seedsDir the folder whose files are imported on first start, when the database
 * is empty
 * @param maxFileSize files above this size are refused
 */
@ConfigurationProperties("warta")
public record ImportSettings(@DefaultValue("seeds") Path seedsDir, @DefaultValue("10MB") DataSize maxFileSize) {
}
