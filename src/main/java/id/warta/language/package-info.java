/**
 * Indonesian language knowledge shared by search, stories and entities: the analyzer that
 * turns text into index terms (tokens, stop words, reduplication, a dictionary-checked
 * lemmatizer with roots learned from the corpus), query aliases, and, in its named
 * interfaces, the gazetteer of names and the reading of dates in running text. Knows
 * nothing of indexes, queries, the database or Spring.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package id.warta.language;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
