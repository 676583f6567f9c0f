/**
 * Command-line entry points that run without Spring or a database, such as
 * {@code extract}.
 */
@NullMarked
package id.warta.cli;

import org.jspecify.annotations.NullMarked;
