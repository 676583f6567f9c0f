package id.warta.scraper;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * What an element's {@code class} and {@code id} say about it, as data: words that mark
 * article text (article, content, entry, detail, read …) and words that mark chrome
 * (comment, related, sidebar, share, baca-juga …), with the class names of the Indonesian
 * outlets. Matching is by word (split at {@code -}, {@code _}, spaces and case changes
 * are ignored) plus a few stems, so it costs a hash look-up per word, not a regex per
 * element. One instance per page: it caches the verdict per attribute string.
 */
final class ClassSignals {

	static final int POSITIVE = 25;

	static final int NEGATIVE = -25;

	private static final Set<String> POSITIVE_WORDS = Set.of("article", "articles", "artikel", "content", "body",
			"entry", "hentry", "post", "story", "detail", "read", "text", "main", "blog", "berita", "isi", "konten",
			"txt", "itemfulltext", "fulltext", "articlebody", "postbody", "storybody", "maincontent", "newsbody",
			"isiberita", "detailberita", "page", "td-post-content", "single");

	private static final Set<String> NEGATIVE_WORDS = Set.of("comment", "comments", "komentar", "related", "terkait",
			"sidebar", "footer", "foot", "nav", "navbar", "navigation", "menu", "share", "sharing", "social", "sosmed",
			"promo", "widget", "widgets", "tag", "tags", "topik", "recommend", "recommended", "rekomendasi", "bacajuga",
			"baca", "readalso", "ads", "ad", "iklan", "advert", "advertisement", "adsbygoogle", "banner", "breadcrumb",
			"breadcrumbs", "newsletter", "subscribe", "subscription", "popular", "populer", "terpopuler", "trending",
			"caption", "credit", "credits", "byline", "author", "meta", "date", "time", "dateline", "tools", "toolbar",
			"masthead", "header", "pagination", "pager", "paging", "modal", "popup", "cookie", "cookies", "consent",
			"gdpr", "login", "signup", "rss", "disqus", "outbrain", "taboola", "mgid", "sponsor", "sponsored",
			"partner", "more", "prev", "previous", "embed", "video", "gallery", "galeri", "photo", "foto", "print",
			"hidden", "hide", "shoutbox", "skyscraper", "breaking", "ticker", "copyright", "legal", "disclaimer", "bio",
			"profile", "avatar", "rating", "reaction", "reactions", "emoji", "poll", "polling", "quiz", "lainnya",
			"linksisip", "listnews", "latest", "terbaru", "terkini", "headline", "highlight", "follow", "follows",
			"channel", "whatsapp", "telegram", "instagram", "twitter", "tweet", "facebook", "tiktok", "youtube", "also",
			"crumbs", "jumbotron", "hero", "figure", "figcaption", "thumb", "thumbnail", "image", "img", "pic",
			"picture", "photos", "media", "audio", "reply", "replies", "respond", "community", "discussion", "feedback",
			"survey", "alert", "notification", "notice", "search", "topbar", "bottombar", "submenu", "dropdown",
			"overlay", "lightbox");

	/**
	 * Stems that mark chrome wherever they appear in a word ("commentlist", "sharebar").
	 */
	private static final List<String> NEGATIVE_STEMS = List.of("comment", "sidebar", "related", "share", "social",
			"recommend", "promo", "advert", "widget", "footer", "breadcrumb", "newsletter", "popular", "subscribe",
			"caption", "sponsor", "outbrain", "taboola", "bacajuga", "readalso", "readmore", "disqus", "banner",
			"navig", "pagination", "cookie", "iklan", "terkait", "author", "byline");

	private static final List<String> POSITIVE_STEMS = List.of("article", "content", "entry", "detail", "story",
			"artikel", "postbody", "storybody", "textbody", "bodytext");

	private static final List<String> COMMENT_WORDS = List.of("comment", "komentar", "disqus", "respond", "replies",
			"discussion");

	/** Class or id words of a box that repeats a line of the text beside it. */
	private static final List<String> SET_APART = List.of("pull", "quote", "callout", "standfirst");

	private final Map<String, Integer> cache = new HashMap<>();

	/**
	 * The weight of an element's class and id: {@link #POSITIVE}, {@link #NEGATIVE}, 0,
	 * or their sum when both kinds of word occur.
	 */
	int weight(Element el) {
		String key = null;
		// One pass over the attributes: class, id and data-component, which BBC pages
		// name their blocks with.
		for (Attribute attr : el.attributes()) {
			String name = attr.getKey();
			if (name.equals("class") || name.equals("id") || name.equals("data-component")) {
				String value = attr.getValue();
				if (!value.isEmpty()) {
					key = (key == null) ? value : key + '#' + value;
				}
			}
		}
		if (key == null) {
			return 0;
		}
		Integer cached = this.cache.get(key);
		if (cached == null) {
			cached = computeWeight(key.toLowerCase(Locale.ROOT));
			this.cache.put(key, cached);
		}
		return cached;
	}

	private static int computeWeight(String attrs) {
		boolean positive = false;
		boolean negative = false;
		int start = -1;
		for (int i = 0; i <= attrs.length(); i++) {
			char c = (i < attrs.length()) ? attrs.charAt(i) : ' ';
			boolean wordChar = Character.isLetterOrDigit(c);
			if (wordChar && start < 0) {
				start = i;
			}
			else if (!wordChar && start >= 0) {
				String word = attrs.substring(start, i);
				positive |= POSITIVE_WORDS.contains(word) || containsStem(word, POSITIVE_STEMS);
				negative |= NEGATIVE_WORDS.contains(word) || containsStem(word, NEGATIVE_STEMS);
				start = -1;
			}
		}
		// Whole-token checks for compound names: "read__content", "side-article".
		String joined = attrs.replace("-", "").replace("_", "");
		negative |= containsStem(joined, List.of("bacajuga", "readalso", "relatedpost", "sharebar", "socialshare"));
		return (positive ? POSITIVE : 0) + (negative ? NEGATIVE : 0);
	}

	/**
	 * Whether an element's class or id names a comment section, whatever else it names
	 * ("user-post-text comment-text").
	 */
	static boolean namesComments(Element el) {
		return namesAny(el, COMMENT_WORDS);
	}

	/**
	 * Whether an element sets its text apart from the article's flow: a
	 * {@code blockquote}, or a box whose class or id names a pull quote or a callout.
	 */
	static boolean setApart(Element el) {
		return el.normalName().equals("blockquote") || namesAny(el, SET_APART);
	}

	/** Whether the element's class or id holds one of the words, anywhere. */
	private static boolean namesAny(Element el, List<String> words) {
		if (el.attributesSize() == 0) {
			return false;
		}
		String names = (el.className() + ' ' + el.id()).toLowerCase(Locale.ROOT);
		for (String word : words) {
			if (names.contains(word)) {
				return true;
			}
		}
		return false;
	}

	private static boolean containsStem(String word, List<String> stems) {
		if (word.length() < 5) {
			return false;
		}
		for (String stem : stems) {
			if (word.contains(stem)) {
				return true;
			}
		}
		return false;
	}

}
