/**
 * Names in Indonesian news text and what they stand for: the gazetteer of countries,
 * organisations, institutions, people and places with their aliases and metonyms, the
 * wire agencies and outlets that articles credit, and the people they quote.
 */
@NullMarked
@NamedInterface("names")
package id.warta.language.names;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
