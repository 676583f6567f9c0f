/**
 * The command-line tools that run without the server: {@code extract} and
 * {@code analyze}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "article", "scraper", "search" })
package id.warta.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
