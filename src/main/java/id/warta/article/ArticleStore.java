package id.warta.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import id.warta.scraper.Block;
import id.warta.scraper.ExtractedArticle;
import id.warta.scraper.PublicationDate;
import id.warta.system.Dateline;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores extracted articles: one article in one transaction, or a batch of them in one
 * transaction. Either way all of it lands or none.
 */
@Component
class ArticleStore {

	static final int LEAD_LENGTH = 280;

	private final ArticleRepository articles;

	private final OutletRepository outlets;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	// Committed outlets by name, for batches: outlets are never deleted, and a batch
	// that fails clears it (see ArticleImporter.importAll).
	private final Map<String, Long> outletIds = new ConcurrentHashMap<>();

	private final ObjectProvider<StoryPlacement> stories;

	ArticleStore(ArticleRepository articles, OutletRepository outlets, Clock clock, ApplicationEventPublisher events,
			ObjectProvider<StoryPlacement> stories) {
		this.articles = articles;
		this.outlets = outlets;
		this.clock = clock;
		this.events = events;
		this.stories = stories;
	}

	@Transactional
	ImportResult store(String source, ExtractedArticle extracted) {
		String hash = contentHash(extracted);
		if (this.articles.existsByContentHash(hash)) {
			return ImportResult.duplicate(source, extracted.title());
		}
		Article saved = this.articles.saveAndFlush(article(source, hash, extracted, this::outlet));
		long id = Objects.requireNonNull(saved.getId());
		place(saved);
		this.events.publishEvent(new ArticleStored(id, source));
		return ImportResult.imported(source, id, saved.getTitle());
	}

	/**
	 * Stores a batch in one transaction: each outlet looked up once, one flush. Articles
	 * whose content is already stored, or comes twice in the batch, come back as
	 * duplicates.
	 */
	@Transactional
	List<ImportResult> storeAll(List<IncomingArticle> batch) {
		List<String> hashes = batch.stream().map((incoming) -> contentHash(incoming.article())).toList();
		// One lookup per hash rather than one "in" query: Hibernate plans a query with a
		// list parameter anew for each list size, which costs more than the lookups.
		Set<String> stored = new HashSet<>();
		hashes.stream().filter(this.articles::existsByContentHash).forEach(stored::add);
		Map<String, Outlet> outlets = new HashMap<>();
		List<@Nullable Article> saved = new ArrayList<>(batch.size());
		for (int i = 0; i < batch.size(); i++) {
			IncomingArticle incoming = batch.get(i);
			// A hash already stored, or met earlier in the batch, is a duplicate.
			saved.add(stored.add(hashes.get(i)) ? this.articles.save(article(incoming.source(), hashes.get(i),
					incoming.article(), (name) -> outlets.computeIfAbsent(name, this::knownOutlet))) : null);
		}
		// In the batch's order, so that an article may join the story of one before it.
		saved.stream().filter(Objects::nonNull).forEach(this::place);
		this.articles.flush();
		List<ImportResult> results = new ArrayList<>(batch.size());
		for (int i = 0; i < batch.size(); i++) {
			IncomingArticle incoming = batch.get(i);
			Article article = saved.get(i);
			if (article == null) {
				results.add(ImportResult.duplicate(incoming.source(), incoming.article().title()));
				continue;
			}
			long id = Objects.requireNonNull(article.getId());
			this.events.publishEvent(new ArticleStored(id, incoming.source()));
			results.add(ImportResult.imported(incoming.source(), id, article.getTitle()));
		}
		return results;
	}

	private Article article(String source, String hash, ExtractedArticle extracted, Function<String, Outlet> outlets) {
		Article article = new Article(truncate(source, 2048), hash, truncate(extracted.title(), 1000),
				extracted.language(), lead(extracted), extracted.wordCount(), this.clock.instant());
		if (extracted.outlet() != null) {
			article.setOutlet(outlets.apply(truncate(extracted.outlet(), 200)));
		}
		article.setAuthor((extracted.author() != null) ? truncate(extracted.author(), 300) : null);
		PublicationDate published = extracted.published();
		if (published != null) {
			article.setPublished(published.dateTime(), published.timeKnown());
		}
		for (Block block : extracted.body()) {
			for (String part : parts(paragraph(block.text()), ArticleBlock.MAX_LENGTH)) {
				article.addBlock(new ArticleBlock(block.kind(), part));
			}
		}
		new LinkedHashSet<>(extracted.citedSources()).forEach((name) -> article.addCitedSource(truncate(name, 300)));
		describe(article);
		this.events.publishEvent(new ArticleStoring(extracted.text()));
		return article;
	}

	/**
	 * Reads what the article's text names, credits and quotes, and keeps it on the
	 * article until it is placed.
	 */
	private void describe(Article article) {
		ArticleFacts facts = ArticleFacts.of(article.getTitle(), paragraphs(article), article.getCitedSources());
		article.describe(facts.entities(), facts.agencies(), facts.quotes());
		article.keepFacts(facts);
	}

	/**
	 * Places a stored article in a story, when the story module is there (it is not in
	 * slices of the article module's tests).
	 */
	private void place(Article article) {
		ArticleFacts facts = article.takeFacts();
		StoryPlacement placement = this.stories.getIfAvailable();
		if (placement == null || facts == null) {
			return;
		}
		OffsetDateTime published = article.getPublishedAt();
		Outlet outlet = article.getOutlet();
		StoryPlacement.Placement placed = placement.place(new StoryPlacement.Candidate(
				Objects.requireNonNull(article.getId()), article.getTitle(), paragraphs(article), published,
				(published != null) ? published.atZoneSameInstant(Dateline.WIB).toLocalDate() : null,
				(outlet != null) ? outlet.getSlug() : null, facts.mentions()));
		article.placeInStory(placed.storyId(), placed.eventDay(), placed.features());
	}

	/**
	 * Describes and places again an article already stored, as the rules read it now.
	 */
	void redescribe(Article article) {
		describe(article);
		place(article);
	}

	/**
	 * A block's text in parts that fit a block's column, cut at a space where there is
	 * one: a paragraph longer than that is stored as consecutive paragraphs, none of its
	 * text lost.
	 */
	static List<String> parts(String text, int max) {
		List<String> parts = new ArrayList<>();
		int start = 0;
		while (text.length() - start > max) {
			int end = text.lastIndexOf(' ', start + max);
			if (end <= start) {
				end = start + max;
				if (Character.isLowSurrogate(text.charAt(end))) {
					end--;
				}
			}
			parts.add(text.substring(start, end));
			start = (text.charAt(end) == ' ') ? end + 1 : end;
		}
		parts.add(text.substring(start));
		return parts;
	}

	private static List<String> paragraphs(Article article) {
		return article.getBlocks().stream().map(ArticleBlock::getContent).toList();
	}

	private Outlet knownOutlet(String name) {
		Long id = this.outletIds.get(name);
		if (id != null) {
			return this.outlets.getReferenceById(id);
		}
		Optional<Outlet> found = this.outlets.findByName(name);
		// Only outlets found are remembered: a new one is not committed yet.
		found.map(Outlet::getId).ifPresent((outletId) -> this.outletIds.put(name, outletId));
		return found.orElseGet(() -> newOutlet(name));
	}

	void forgetOutlets() {
		this.outletIds.clear();
	}

	private Outlet outlet(String name) {
		return this.outlets.findByName(name).orElseGet(() -> newOutlet(name));
	}

	private Outlet newOutlet(String name) {
		return this.outlets.save(new Outlet(name, uniqueSlug(OutletSlugs.of(name))));
	}

	private String uniqueSlug(String base) {
		String slug = base;
		for (int n = 2; this.outlets.findBySlug(slug).isPresent(); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	/**
	 * The identity of an article's content: the same title and body give the same hash,
	 * whatever file they came from.
	 */
	static String contentHash(ExtractedArticle article) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(normalise(article.title()).getBytes(StandardCharsets.UTF_8));
			for (Block block : article.body()) {
				digest.update((byte) '\n');
				digest.update(normalise(block.text()).getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/**
	 * The text stripped, with each run of ASCII white space (the regex {@code \\s}) made
	 * one space. Written out rather than with a regex: it runs on every stored article.
	 */
	static String normalise(String text) {
		String stripped = text.strip();
		int length = stripped.length();
		int i = 0;
		while (i < length && !startsChange(stripped, i)) {
			i++;
		}
		if (i == length) {
			return stripped;
		}
		StringBuilder out = new StringBuilder(length).append(stripped, 0, i);
		boolean inSpace = false;
		for (; i < length; i++) {
			char c = stripped.charAt(i);
			if (!isRegexSpace(c)) {
				out.append(c);
				inSpace = false;
			}
			else if (!inSpace) {
				out.append(' ');
				inSpace = true;
			}
		}
		return out.toString();
	}

	/** Whether white space to be replaced starts at {@code i}. */
	private static boolean startsChange(String text, int i) {
		char c = text.charAt(i);
		return isRegexSpace(c) && (c != ' ' || (i + 1 < text.length() && isRegexSpace(text.charAt(i + 1))));
	}

	private static boolean isRegexSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
	}

	static String lead(ExtractedArticle article) {
		String first = article.body()
			.stream()
			.filter((block) -> block.kind() == Block.Kind.PARAGRAPH)
			.map(Block::text)
			.findFirst()
			.orElse("");
		return shorten(line(first), LEAD_LENGTH);
	}

	static String shorten(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		int cut = text.lastIndexOf(' ', max - 1);
		return text.substring(0, (cut > max / 2) ? cut : max - 1).stripTrailing() + "…";
	}

	/** A one-line field as stored: control characters dropped, line breaks as spaces. */
	private static String truncate(String text, int max) {
		String line = line(text);
		return (line.length() <= max) ? line : line.substring(0, max);
	}

	private static final Pattern LINE_BREAKS = Pattern.compile("[\\t\\n\\r\\u0085\\u2028\\u2029]");

	private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}&&[^\\t\\n]]|[\\uFFFE\\uFFFF]");

	/**
	 * A one-line text as stored and logged: no control character (NUL, escape, carriage
	 * return), no line break, so that no stored title forges a line of the log.
	 */
	static String line(String text) {
		return CONTROLS.matcher(LINE_BREAKS.matcher(text).replaceAll(" ")).replaceAll("");
	}

	/** A paragraph as stored: control characters other than tab and line feed dropped. */
	static String paragraph(String text) {
		return CONTROLS.matcher(text).replaceAll("");
	}

}
