package id.warta.scraper;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An HTML page's own statements about its article, strongest evidence first: JSON-LD
 * ({@code NewsArticle}, {@code Article}, inside {@code @graph} or arrays), Open Graph and
 * {@code article:*}, {@code twitter:*}, {@code <meta name=author|pubdate|…>}, microdata,
 * {@code <time datetime>}, the visible headline and byline, the {@code <title>} suffix
 * and the host. An author that names an organisation names the outlet instead.
 *
 * @param title the headline
 * @param outlet the publisher's name
 * @param author the byline
 * @param published the publication date
 * @param articleBody the JSON-LD {@code articleBody}, when the page gives one
 * @param declaredArticle whether the page declares itself an article
 */
record HtmlMetadata(@Nullable String title, @Nullable String outlet, @Nullable String author,
		@Nullable PublicationDate published, @Nullable String articleBody, boolean declaredArticle) {

	/** Words that make an author an organisation: "Kompas Cyber Media", "PT. VIVA …". */
	private static final Pattern ORGANISATION = Pattern.compile(
			"(?i)^pt\\.?\\s.*|.*\\b(media|cyber|network|corporation|corp|group|inc|ltd|tbk|newsroom|redaksi|news)\\b.*"
					+ "|.*\\.(com|co\\.id|id|net|org|co|tv)\\b.*");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern BY = Pattern.compile("(?i)^by\\s+");

	private static final Pattern BAR = Pattern.compile("\\s+\\|\\s+");

	private static final Pattern SEPARATORS = Pattern.compile("\\s+(?:\\||-|–|—|::|•|·)\\s+");

	static HtmlMetadata read(PageStatements page, JsonMapper json, @Nullable URI url) {
		JsonNode ld = JsonLd.article(page.jsonLd, json);
		String declaredSite = first(JsonLd.text(ld, "publisher", "name"), page.meta("og:site_name"),
				page.meta("application-name"));
		URI address = address(page, url);
		String title = headline(page, ld, declaredSite);
		String suffix = siteSuffix(page.title);
		String orgAuthor = null;
		String author = null;
		for (String candidate : authors(page, ld)) {
			if (isOrganisation(candidate, declaredSite, suffix)) {
				orgAuthor = (orgAuthor != null) ? orgAuthor : candidate;
			}
			else if (author == null && !candidate.startsWith("http") && candidate.length() <= 100) {
				author = candidate;
			}
		}
		String outlet = outlet(address, declaredSite, orgAuthor, suffix);
		PublicationDate published = published(page, ld);
		boolean declaredArticle = (ld != null && !JsonLd.isPage(ld))
				|| "article".equalsIgnoreCase(page.meta("og:type"));
		String articleBody = JsonLd.text(ld, "articleBody");
		return new HtmlMetadata(blankToNull(title), blankToNull(outlet), blankToNull(author), published,
				blankToNull(articleBody), declaredArticle);
	}

	/** The canonical address when absolute, else where the page came from. */
	private static @Nullable URI address(PageStatements page, @Nullable URI url) {
		String canonical = first(page.canonical, page.meta("og:url"));
		if (canonical != null && canonical.startsWith("http")) {
			try {
				return URI.create(canonical.strip());
			}
			catch (IllegalArgumentException ex) {
				// a broken canonical link says nothing
			}
		}
		return url;
	}

	/**
	 * The visible headline when the page shows one that matches what it declares (or when
	 * it declares nothing); the declared one otherwise.
	 */
	private static @Nullable String headline(PageStatements page, @Nullable JsonNode ld, @Nullable String siteName) {
		String declared = first(JsonLd.text(ld, "headline"), page.meta("og:title"), page.meta("twitter:title"),
				page.itemHeadline);
		String reference = (declared != null) ? declared : page.title;
		String visible = null;
		double bestOverlap = -1;
		for (String h1 : page.headlines) {
			String h = h1.strip();
			if (SPACES.split(h).length < 3 || (siteName != null && h.equalsIgnoreCase(siteName))) {
				continue;
			}
			double overlap = overlap(h, reference);
			if (overlap > bestOverlap) {
				bestOverlap = overlap;
				visible = h;
			}
		}
		// A visible headline that shares little with the page's title is a masthead or a
		// section name, unless the page declares no headline at all.
		if (visible != null && (declared == null || bestOverlap >= 0.3 || overlap(visible, page.title) >= 0.5)) {
			return visible;
		}
		String title = (declared != null) ? declared : page.title;
		if (title.isBlank()) {
			// No title: a short headline is still a headline, then the first subheading.
			return page.headlines.stream()
				.map(String::strip)
				.filter((h) -> !h.isEmpty())
				.findFirst()
				.orElse(page.subHeadline);
		}
		return withoutSiteSuffix(title, siteName);
	}

	private static double overlap(String a, String b) {
		Set<String> words = Set.copyOf(words(b));
		List<String> mine = words(a);
		if (mine.isEmpty()) {
			return 0;
		}
		long shared = mine.stream().filter(words::contains).count();
		return (double) shared / mine.size();
	}

	private static List<String> words(String s) {
		List<String> words = new ArrayList<>();
		for (String w : NOT_WORD.split(s.toLowerCase(Locale.ROOT))) {
			if (!w.isEmpty()) {
				words.add(w);
			}
		}
		return words;
	}

	private static List<String> authors(PageStatements page, @Nullable JsonNode ld) {
		List<String> found = new ArrayList<>(JsonLd.authorNames(ld));
		for (String value : new String[] { page.meta("content_author"), page.meta("author"),
				page.meta("article:author"), page.meta("dc.creator"), page.meta("byl"), page.meta("parsely-author"),
				page.meta("sailthru.author"), page.meta("twitter:creator"), page.itemAuthor }) {
			if (value != null && !value.isBlank() && !value.startsWith("@")) {
				String name = BY.matcher(value).replaceFirst("").strip();
				// "Rahel Narda Chaterine - detikNews": the outlet is not part of the
				// name.
				found.add(Bylines.withOutlet(name).map(Bylines.WithOutlet::author).orElse(name));
			}
		}
		if (page.bylineText != null) {
			Bylines.visible(page.bylineText).ifPresent(found::add);
		}
		return found;
	}

	private static boolean isOrganisation(String author, @Nullable String site, @Nullable String suffix) {
		return author.equalsIgnoreCase((site != null) ? site : "")
				|| author.equalsIgnoreCase((suffix != null) ? suffix : "") || Outlets.forName(author).isPresent()
				|| ORGANISATION.matcher(author).matches();
	}

	/**
	 * The outlet's one name: by the host when known, else the declared site name (or the
	 * organisation in the author field, or the title suffix), normalised; else the host.
	 */
	private static @Nullable String outlet(@Nullable URI address, @Nullable String declared, @Nullable String orgAuthor,
			@Nullable String suffix) {
		Optional<String> byHost = Outlets.forUrl(address);
		if (byHost.isPresent()) {
			return byHost.get();
		}
		String name = first(declared, orgAuthor, suffix);
		if (name != null) {
			return Outlets.forName(name).orElse(name);
		}
		if (address != null && address.getHost() != null && address.getScheme().startsWith("http")) {
			return address.getHost().replaceFirst("^www\\.", "");
		}
		return null;
	}

	private static @Nullable PublicationDate published(PageStatements page, @Nullable JsonNode ld) {
		String[] candidates = { JsonLd.text(ld, "datePublished"), page.meta("article:published_time"),
				page.meta("og:published_time"), page.meta("pubdate"), page.meta("publishdate"),
				page.meta("dtk:publishdate"), page.meta("publish-date"), page.meta("publish_date"), page.meta("date"),
				page.meta("dc.date"), page.meta("dc.date.issued"), page.meta("dcterms.created"),
				page.meta("content_publisheddate"), page.meta("sailthru.date"), page.meta("parsely-pub-date"),
				page.meta("datepublished"), page.itemDate, page.time, JsonLd.text(ld, "dateCreated"), page.dateText,
				datePart(page.bylineText) };
		List<PublicationDate> parsed = new ArrayList<>();
		List<String> raw = new ArrayList<>();
		for (String candidate : candidates) {
			if (candidate != null && !candidate.isBlank()) {
				Optional<PublicationDate> date = DateLineParser.parseMachineDate(candidate);
				if (date.isPresent()) {
					parsed.add(date.get());
					raw.add(candidate.strip());
				}
			}
		}
		if (parsed.isEmpty()) {
			return null;
		}
		PublicationDate chosen = parsed.get(0);
		// Indonesian sites often write local time with a "Z"; a zoneless statement of the
		// same clock time says it was WIB.
		if (raw.get(0).endsWith("Z") && chosen.timeKnown()) {
			for (int i = 1; i < parsed.size(); i++) {
				PublicationDate other = parsed.get(i);
				if (other.timeKnown() && other.dateTime().getOffset().equals(PublicationDate.WIB)
						&& other.dateTime().toLocalDateTime().equals(chosen.dateTime().toLocalDateTime())) {
					return other;
				}
			}
		}
		return chosen;
	}

	/**
	 * The part of a byline element that is a date: "Nama, Jurnalis | Selasa 12 Maret
	 * 2024".
	 */
	private static @Nullable String datePart(@Nullable String byline) {
		if (byline == null) {
			return null;
		}
		for (String part : BAR.split(byline)) {
			if (DateLineParser.parseDateLine(part).isPresent()) {
				return part;
			}
		}
		return null;
	}

	/** The site's name as the page title ends with it: "Headline — Harbour Times". */
	private static @Nullable String siteSuffix(String pageTitle) {
		String stripped = withoutSiteSuffix(pageTitle, null);
		if (stripped.equals(pageTitle.strip())) {
			return null;
		}
		return pageTitle.strip().substring(stripped.length()).replaceFirst("^\\s*(\\||-|–|—|::|•|·)\\s*", "").strip();
	}

	private static String withoutSiteSuffix(String title, @Nullable String siteName) {
		String t = title.strip();
		var m = SEPARATORS.matcher(t);
		int at = -1;
		int end = -1;
		while (m.find()) {
			at = m.start();
			end = m.end();
		}
		if (at > 0) {
			String suffix = t.substring(end).strip();
			boolean isSite = (siteName != null && suffix.equalsIgnoreCase(siteName.strip()))
					|| Outlets.forName(suffix).isPresent() || SPACES.split(suffix).length <= 3 && at > t.length() / 2;
			if (isSite) {
				return t.substring(0, at).strip();
			}
		}
		return t;
	}

	@SafeVarargs
	private static @Nullable String first(@Nullable String... values) {
		for (String v : values) {
			if (v != null && !v.isBlank()) {
				return v.strip();
			}
		}
		return null;
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return (s == null || s.isBlank()) ? null : s.strip();
	}

}
