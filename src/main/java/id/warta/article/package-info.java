/**
 * Articles and their outlets: storage, import of extracted articles, and the reading
 * pages.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "scraper", "system", "language", "language :: names" })
package id.warta.article;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
