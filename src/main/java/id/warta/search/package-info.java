/**
 * Full-text search over articles: the Indonesian analyzer that index and queries share,
 * the index, and the search page.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "article", "system", "language", "language :: names" })
package id.warta.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
