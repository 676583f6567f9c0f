package id.warta.scraper;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Recognises an article's pager: the "Halaman 1 / 2" and "Page 1 of 3" lines to drop from
 * the body, and the link to the article's next page. A next page must stay on the same
 * host and continue the same article path ("…/judul?page=2", "…/judul/2"), so a pager
 * that leads to other articles or to an index is not followed.
 */
final class Pagers {

	private static final Pattern PAGER_LINE = Pattern.compile("(?i)^(?:halaman|page|hal\\.?)\\s*:?\\s*\\d+(?:\\s*"
			+ "(?:/|dari|of)\\s*\\d+)?(?:\\s+\\d+)*(?:\\s*(?:selanjutnya|berikutnya|next|»|›|>|sebelumnya|prev(?:ious)?))?\\s*$"
			+ "|^(?:(?:«|‹|<|sebelumnya|prev(?:ious)?|first|pertama)\\s*)?\\d+(?:\\s+\\d+){1,12}(?:\\s*(?:selanjutnya|berikutnya|next|»|›|>|last|terakhir|all|semua))?\\s*$"
			+ "|^(?:halaman|page)?\\s*(?:selanjutnya|berikutnya|next page|next|sebelumnya|previous page)\\s*[»›>]?\\s*$"
			+ "|^(?:tampilkan semua|lihat semua halaman|view all|show all|baca dalam satu halaman|single page)\\s*$");

	private static final Pattern NEXT_TEXT = Pattern.compile(
			"(?i)^\\s*(?:selanjutnya|berikutnya|halaman berikutnya|halaman selanjutnya|next|next page|»|›|>|next »|next ›)\\s*$");

	private static final Pattern PAGE_PARAM = Pattern
		.compile("(?i)(?:[?&](?:page|p|hal|halaman|pg)=(\\d+))$|/(\\d+)/?$");

	private Pagers() {
	}

	/** Whether a block is a pager's text, not the article's. */
	static boolean isPager(String line) {
		return line.length() < 120 && PAGER_LINE.matcher(line).matches();
	}

	/**
	 * The article's next page, if the page links one.
	 * @param doc the page (before its body was cleaned)
	 * @param page where the page came from
	 * @return the next page's address, or {@code null}
	 */
	static @Nullable URI nextPage(Document doc, URI page) {
		Element relNext = doc.selectFirst("link[rel=next][href], a[rel=next][href]");
		if (relNext != null) {
			URI next = continuation(page, relNext.absUrl("href"));
			if (next != null) {
				return next;
			}
		}
		int current = pageNumber(page);
		for (Element a : doc.getElementsByTag("a")) {
			String href = a.absUrl("href");
			if (href.isEmpty()) {
				continue;
			}
			String label = a.text();
			boolean says = NEXT_TEXT.matcher(label).matches() || label.strip().equals(Integer.toString(current + 1));
			if (says) {
				URI next = continuation(page, href);
				if (next != null && pageNumber(next) == current + 1) {
					return next;
				}
			}
		}
		return null;
	}

	/** The next page's address when it continues the same article, else null. */
	private static @Nullable URI continuation(URI page, String href) {
		URI next;
		try {
			next = URI.create(href);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		if (next.getHost() == null || page.getHost() == null || !next.getHost().equalsIgnoreCase(page.getHost())
				|| next.equals(page)) {
			return null;
		}
		String base = articleKey(page);
		String nextKey = articleKey(next);
		return (base.length() > 1 && base.equals(nextKey) && pageNumber(next) > pageNumber(page)) ? next : null;
	}

	/** The address without its page number, query or trailing slash. */
	private static String articleKey(URI uri) {
		String path = (uri.getPath() != null) ? uri.getPath() : "";
		path = path.replaceFirst("/\\d{1,2}/?$", "").replaceFirst("/$", "");
		return path.toLowerCase(Locale.ROOT);
	}

	static int pageNumber(URI uri) {
		String s = uri.toString();
		var m = PAGE_PARAM.matcher(s);
		if (m.find()) {
			String n = (m.group(1) != null) ? m.group(1) : m.group(2);
			if (n.length() <= 2) {
				return Integer.parseInt(n);
			}
		}
		return 1;
	}

}
