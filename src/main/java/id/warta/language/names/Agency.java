package id.warta.language.names;

/**
 * A source that articles credit: a wire agency (Antara, Reuters, TASS, KCNA) or an outlet
 * (CNBC Indonesia, The New York Times).
 *
 * @param slug the URL key, such as {@code antara}
 * @param name the one name it goes by, such as "Antara" for "ANTARA" and "antaranews.com"
 * @param wire whether it is a wire agency rather than an outlet
 * @param known whether the agency file lists it; a credit that it does not list keeps its
 * own name
 */
public record Agency(String slug, String name, boolean wire, boolean known) {
}
