package id.warta.scraper;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Site chrome found in text copied from news pages, as data: whole lines matched
 * case-insensitively, ignoring trailing punctuation, plus a few line shapes (captions,
 * share and tag lines, "Baca juga" teasers).
 */
final class BoilerplateLines {

	/** Lines that open a comment section: nothing after them is the article. */
	private static final Set<String> COMMENT_OPENERS = normalised(List.of("click to comment", "leave a reply",
			"leave a comment", "post a comment", "komentar", "tulis komentar", "berikan komentar", "comments",
			"add a comment", "join the conversation", "discussion", "0 comments", "no comments",
			"previous post next post", "source link", "be the first to comment", "posting komentar",
			"leave a reply cancel reply", "kirim komentar", "tinggalkan komentar", "tinggalkan balasan"));

	/**
	 * Lines that usually close the article: share rows, tag lists, "related" lists. They
	 * cost more than chrome inside an article, so a long article still bridges one.
	 */
	private static final Pattern SECTION_END = Pattern.compile(
			"^(related|related (posts|articles|stories|content|coverage|topics)|recommended( for you| stories)?|more (stories|from|on|news)\\b.*|"
					+ "you (may|might) also like|read next|trending( now| stories)?|most (popular|read|viewed)|latest (news|headlines|stories)|"
					+ "berita terkait|artikel terkait|berita lainnya|terpopuler|berita populer|pilihan editor|"
					+ "post navigation|about the author|tentang penulis|share this( article| story)?|share( on| via)? (facebook|twitter)|"
					+ "click to share on .*|tags?|topics?|filed under|bagikan( artikel)?( ini)?|sponsored( content| links)?|"
					+ "(copyright|©|hak cipta|all rights reserved)\\b.*)\\s*:?$");

	private static final Pattern COMMENT_COUNT = Pattern
		.compile("^(\\d+|no|one)\\s+(responses?|comments?|replies|komentar|tanggapan|thoughts? on)\\b.*");

	/**
	 * "Milan Griffes on September 12, 2018 at 4:47 pm said:", "budi99 says:": a comment's
	 * header, a name with a time, or a name alone before "says"; "… President Obama also
	 * said:" and "Makali wrote:" introduce a list or a quote in the text.
	 */
	private static final Pattern COMMENT_HEADER = Pattern
		.compile("(?i)^(?:[^\\s,]+(?:\\s[^\\s,]+){0,2}\\s(?:says|berkata|berkomentar)"
				+ "|.{2,80}\\d.{0,40}\\s(?:said|says|wrote|menulis|berkata|berkomentar))\\s*:$");

	private static final Pattern CONSENT = Pattern
		.compile(".*\\b(cookies?)\\b.*\\b(consent|website|browser|privacy|opt[- ]out|accept)\\b.*|"
				+ ".*\\b(we use|this (site|website) uses|kami menggunakan)\\b.*\\bcookies?\\b.*");

	private static final Set<String> PHRASES = normalised(List.of("connect with us", "published", "on", "updated",
			"diperbarui", "advertisement", "advertisment", "iklan", "ads", "scroll to continue with content",
			"scroll to continue", "scroll untuk melanjutkan", "loading", "share", "shares", "tweet", "facebook",
			"twitter", "x", "whatsapp", "telegram", "linkedin", "pinterest", "line", "email", "e-mail", "print",
			"copy link", "salin link", "link copied", "bagikan", "bagikan artikel", "subscribe", "sign in", "log in",
			"login", "sign up", "register", "home", "beranda", "menu", "search", "cari", "tags", "tag", "topik",
			"terkait", "berita terkait", "artikel terkait", "populer", "terpopuler", "terbaru", "berita terbaru",
			"lihat juga", "read more", "continue reading", "reply", "balas", "cancel reply", "related", "related posts",
			"related articles", "related stories", "more stories", "you may also like", "you might also like",
			"recommended", "editor's picks", "trending", "newsletter", "back to top", "share this", "like this",
			"like loading", "previous post", "next post", "previous article", "next article", "artikel sebelumnya",
			"artikel selanjutnya", "berita sebelumnya", "berita selanjutnya", "posting lebih baru", "posting lama",
			"postingan lebih baru", "postingan lama", "newer post", "older post", "home page", "read next",
			"most popular", "most read", "paling banyak dibaca", "rekomendasi", "pilihan redaksi", "video", "foto",
			"photo", "dok", "dok.", "ist", "istimewa", "listen", "dengarkan", "play", "close", "tutup",
			"skip to content", "tweet this", "follow us", "ikuti kami", "mail", "google news",
			"ikuti berita terkini dari kami di google news", "sponsored", "baca juga", "baca selengkapnya",
			"lihat foto", "url telah tercopy", "link telah disalin", "baca halaman berikutnya", "lihat semua",
			"selengkapnya", "arsip blog", "label", "labels", "comment", "name", "email *", "name *", "website",
			"sharing is caring", "text size", "top stories", "partner news", "don't miss", "more", "berita lainnya"));

	/**
	 * Line shapes. Those that may match anywhere in a line carry the words they need, so
	 * a paragraph that holds none of them is not scanned by them.
	 */
	private static final List<Shape> SHAPES = List.of(
			// Photo captions and credits.
			anchored(
					"^\\(?(foto|photo|image|gambar|ilustrasi|dok|dokumentasi|sumber foto|sumber gambar|kredit foto|credit|kredit|caption|pic|picture)\\s*[:.|/].*"),
			anchored("^(ap|afp|reuters|getty|antara|epa|anadolu) (images?|photos?|foto)\\s*[:|/].*"),
			anywhere(".*\\[(ist|istimewa|int|net|dok|foto|ilustrasi)\\]$", "["),
			anywhere(".*\\((foto|photo|dok|ist|istimewa|ilustrasi)\\s*[:.)].*\\)$", "("),
			anywhere(".*\\bcredit\\s*(\\.\\.\\.|…|:).*", "credit"),
			anywhere(".*\\b(photo|foto)\\s*(credit|by)?\\s*:\\s*\\S+.*", "photo", "foto"),
			anchored("^image (source|caption|copyright)\\b.*"),
			// Teasers, tags, share rows.
			anchored("^(?:" + TeaserPhrases.alternation() + ")\\s*[:>»-].*"),
			anchored("^(tags?|topik|kata kunci|keywords?|kategori|category|filed under)\\s*:.*"),
			anchored("^(share|bagikan|share this)( (on|ke|via|article|artikel))?\\s*:?\\s*\\S{0,40}$"),
			anchored("^(copyright|©|\\(c\\)|hak cipta).*"),
			anywhere(".*\\ball rights reserved\\b.*", "all rights reserved"),
			anywhere(".*\\bhak cipta dilindungi\\b.*", "hak cipta dilindungi"), anchored("^alamat email anda.*"),
			anchored("^your email address will not be published.*"), anchored("^(ikuti|follow) (kami|us|berita).*"),
			anchored("^\\d+\\s*(comments?|komentar|views?|shares?|dilihat|kali dibaca)$"),
			anchored("^(advertisement|advert|iklan)\\b.{0,40}$"),
			// A photo credit closing a caption: "(AP PHOTO/AHN YOUNG-JOON)", ".
			// ANTARA/Aditya
			// Putra".
			anywhere(".*(\\(|\\. )[a-z][a-z. ]{1,20}/[\\p{L} .-]{2,40}\\)?$", "/"),
			// Embeds, editor initials, promotion of the site's channels.
			anchored("^\\[[^\\]]{1,80}\\]$"), anchored("^\\([a-z]{2,5}(/[a-z]{2,5})+\\)$"),
			anchored(
					"^(simak video|tonton video|baca artikel|diberdayakan oleh|powered by|label:|labels:|pilihan editor:).*"),
			anywhere(".*\\b(whatsapp channel|saluran whatsapp|google news|ikuti kami di|follow us on)\\b.{0,200}",
					"whatsapp", "google news", "ikuti kami di", "follow us on"),
			anchored("^(required fields are marked|your email address will not be published).*"),
			anchored("^in \"[^\"]{1,40}\"$"), anchored("^this slideshow requires javascript.*"),
			// Promotions of the site's apps and channels under the article.
			anchored("^(simak|dapatkan|ikuti) (breaking news|update berita|berita terkini|informasi).{0,200}"),
			anchored("^(download|unduh) (aplikasi|apps?)\\b.{0,200}"), anchored("^klik (di sini|disini)\\b.{0,120}"),
			// Calls to follow, share or subscribe at the foot of English articles.
			anchored(
					"^follow .{1,60} on\\b.{0,100}(facebook|twitter|instagram|youtube|linkedin|telegram|tiktok).{0,60}$"),
			anchored("^follow [^.!?]{1,40} on:?$"), anchored("^like this (story|article|post)\\?.{0,80}$"),
			anywhere(".{0,120}\\b(sign up|subscribe|get)\\b.{0,120}\\b(newsletter|inbox)\\b.{0,120}", "newsletter",
					"inbox"),
			anywhere(".{0,80}\\b(meet|to|in) your inbox\\b.{0,120}", "your inbox"),
			// Newsroom credits and slugs: who reported and edited, not what happened.
			anchored("^\\(?(additional )?(reporting|writing|editing) by\\b.{0,250}$"),
			anywhere(".{0,200}\\bcontributed (reporting|to this report)\\b.{0,100}", "contributed"),
			anchored("^(reading time|read time|waktu baca|lama baca)\\s*:?.{0,20}$"),
			anchored("^(updated|diperbarui) (at|on|pada) .{1,30}$"),
			// Contact lines: an address alone, "… may be reached at …"; shortcodes a site
			// failed to render.
			anchored("^\\S+@[\\w-]+(\\.[\\w-]+)+$"), anchored("^(https?://)?(www\\.)?[\\w-]+(\\.[\\w-]+)+/\\S*$"),
			anywhere(".{0,120}\\b(may|can) be reached at\\b.{0,160}", "reached at"),
			anywhere("^\\[\\w+[^\\]]*\\].{0,200}\\[/\\w+\\]$", "[/"),
			// A post's meta line: "05/10/2018 - Publicado por: … - Categoria: … - Tags:
			// …".
			anywhere(".{0,150}\\s[-|•·]\\s(tags?|categoria|category|kategori|label)\\s*:.{0,150}", "tag", "categ",
					"label"));

	private static final Set<String> READ_ALSO = normalised(TeaserPhrases.PHRASES);

	private static final Pattern COUNTER = Pattern.compile("^[\\d.,\\s]+[kKmM]?$");

	/** "Dibaca: 956 kali", "Dilihat 2.047 kali", "1.245 views": a page's view counter. */
	private static final Pattern VIEWS = Pattern.compile(
			"(?i)^(?:(?:dibaca|dilihat|views?|viewed|read|pembaca)\\s*:?\\s*[\\d.,]+\\s*(?:kali|x|times)?|[\\d.,]+\\s*(?:views?|kali dibaca|pembaca|kali dilihat|dibaca))$");

	/** "2 jam yang lalu": when, relative to the moment the page was copied. */
	private static final Pattern RELATIVE_TIME = Pattern.compile(
			"(?i)^(?:diperbarui\\s+)?\\d+\\s+(?:detik|menit|jam|hari|minggu|bulan|tahun|seconds?|minutes?|hours?|days?|weeks?)\\s+(?:yang\\s+)?(?:lalu|ago)$");

	private static final Pattern LONE_PUNCTUATION = Pattern.compile("^[\\p{P}\\p{S}\\s]*$");

	private BoilerplateLines() {
	}

	/**
	 * Whether a line opens a comment section or a "read next" list: the article is over.
	 */
	/** Whether a line may start as a comment count does: a number, "no", "one". */
	private static boolean mayCount(String line) {
		char first = line.isEmpty() ? ' ' : Character.toLowerCase(line.charAt(0));
		return Character.isDigit(first) || first == 'n' || first == 'o';
	}

	static boolean opensComments(String line) {
		return COMMENT_OPENERS.contains(key(line)) || (line.length() < 200
				&& ((mayCount(line) && COMMENT_COUNT.matcher(line.toLowerCase(Locale.ROOT)).matches())
						|| (line.endsWith(":") && COMMENT_HEADER.matcher(line).matches())));
	}

	/**
	 * Whether a line usually closes the article: a share row, a tag or "related" list.
	 */
	static boolean endsSection(String line) {
		return line.length() < 120 && SECTION_END.matcher(key(line)).matches();
	}

	/** Whether a line announces a teaser on the next line ("Baca juga:"). */
	static boolean announcesTeaser(String line) {
		return READ_ALSO.contains(key(line));
	}

	/** Whether a line is chrome, a caption, a counter or stray punctuation. */
	static boolean isBoilerplate(String line) {
		String key = key(line);
		if (PHRASES.contains(key) || COMMENT_OPENERS.contains(key) || COUNTER.matcher(line).matches()
				|| LONE_PUNCTUATION.matcher(line).matches()
				|| (line.length() < 60 && (VIEWS.matcher(line).matches() || RELATIVE_TIME.matcher(line).matches()))) {
			return true;
		}
		if (line.length() > 1000) {
			return false;
		}
		String lower = line.toLowerCase(Locale.ROOT);
		if (lower.contains("cookie") && CONSENT.matcher(lower).matches()) {
			return true;
		}
		for (Shape shape : SHAPES) {
			if (shape.matches(lower)) {
				return true;
			}
		}
		return false;
	}

	private static String key(String line) {
		String lower = line.toLowerCase(Locale.ROOT).strip();
		int end = lower.length();
		while (end > 0 && ":.!|»>-–—…".indexOf(lower.charAt(end - 1)) >= 0) {
			end--;
		}
		return lower.substring(0, end).strip();
	}

	private static Set<String> normalised(List<String> phrases) {
		return phrases.stream().map(BoilerplateLines::key).collect(Collectors.toUnmodifiableSet());
	}

	private static Shape anchored(String regex) {
		return new Shape(Pattern.compile(regex), List.of());
	}

	private static Shape anywhere(String regex, String... needs) {
		return new Shape(Pattern.compile(regex), List.of(needs));
	}

	/**
	 * A line shape.
	 *
	 * @param pattern matched against the whole line in lower case
	 * @param needs strings one of which the line must hold for the pattern to be tried
	 */
	private record Shape(Pattern pattern, List<String> needs) {

		boolean matches(String lower) {
			boolean possible = this.needs.isEmpty();
			for (int i = 0; !possible && i < this.needs.size(); i++) {
				possible = lower.contains(this.needs.get(i));
			}
			return possible && this.pattern.matcher(lower).matches();
		}

	}

}
