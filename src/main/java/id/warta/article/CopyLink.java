package id.warta.article;

import org.jspecify.annotations.Nullable;

/**
 * Where else an article was published, as its page lists it.
 *
 * @param url the copy's address
 * @param outlet the site that published it, if known
 */
public record CopyLink(String url, @Nullable String outlet) {
}
