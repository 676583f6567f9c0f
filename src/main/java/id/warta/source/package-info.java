/**
 * Sources that keep the reader current: single articles, RSS and Atom feeds, sitemaps and
 * section pages, polled on a schedule, fetched politely (robots.txt, one connection and a
 * delay per host) and safely (no request ever reaches a private address), with copies of
 * the same story folded together. Also the {@code import} command.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "article", "scraper" })
package id.warta.source;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
