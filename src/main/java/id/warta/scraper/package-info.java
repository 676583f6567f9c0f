/**
 * Fetching pages and extracting articles from them: a pure function from bytes (plus
 * where they came from) to an {@link id.warta.scraper.ExtractedArticle}. No database, no
 * Spring.
 */
@NullMarked
@ApplicationModule(allowedDependencies = "language :: names")
package id.warta.scraper;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
