/**
 * The admin area at {@code /admin}: sign-in, and the sources Warta polls (add, edit,
 * pause, delete, run now, fetch log, OPML). Only this area is behind Spring Security; the
 * reader's pages stay public.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "source", "system" })
package id.warta.admin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
