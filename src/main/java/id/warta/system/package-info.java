/**
 * What every feature shares: the page layout, error pages, locale and paging.
 */
@NullMarked
package id.warta.system;

import org.jspecify.annotations.NullMarked;
