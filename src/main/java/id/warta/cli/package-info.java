/**
 * The command-line tools that run without the server: {@code extract} and {@code analyze}
 * without Spring, {@code reindex} and {@code generate} with the database and index but no
 * web server.
 */
@NullMarked
@ApplicationModule(
		allowedDependencies = { "article", "scraper", "search", "language", "language :: names", "story", "source" })
package id.warta.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
