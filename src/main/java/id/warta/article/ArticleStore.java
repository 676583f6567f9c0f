package id.warta.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashSet;

import id.warta.scraper.Block;
import id.warta.scraper.ExtractedArticle;
import id.warta.scraper.PublicationDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores one extracted article in one transaction: all of it lands or none.
 */
@Component
class ArticleStore {

	static final int LEAD_LENGTH = 280;

	private final ArticleRepository articles;

	private final OutletRepository outlets;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ArticleStore(ArticleRepository articles, OutletRepository outlets, Clock clock, ApplicationEventPublisher events) {
		this.articles = articles;
		this.outlets = outlets;
		this.clock = clock;
		this.events = events;
	}

	@Transactional
	ImportResult store(String source, ExtractedArticle extracted) {
		String hash = contentHash(extracted);
		if (this.articles.existsByContentHash(hash)) {
			return ImportResult.duplicate(source, extracted.title());
		}
		Article article = new Article(truncate(source, 2048), hash, truncate(extracted.title(), 1000),
				extracted.language(), lead(extracted), extracted.wordCount(), this.clock.instant());
		if (extracted.outlet() != null) {
			article.setOutlet(outlet(truncate(extracted.outlet(), 200)));
		}
		article.setAuthor((extracted.author() != null) ? truncate(extracted.author(), 300) : null);
		PublicationDate published = extracted.published();
		if (published != null) {
			article.setPublished(published.dateTime(), published.timeKnown());
		}
		extracted.body().forEach((block) -> article.addBlock(new ArticleBlock(block.kind(), block.text())));
		new LinkedHashSet<>(extracted.citedSources()).forEach((name) -> article.addCitedSource(truncate(name, 300)));
		this.events.publishEvent(new ArticleStoring(text(extracted)));
		Article saved = this.articles.saveAndFlush(article);
		return ImportResult.imported(source, saved.getId(), saved.getTitle());
	}

	private static String text(ExtractedArticle article) {
		StringBuilder text = new StringBuilder(article.title());
		article.body().forEach((block) -> text.append('\n').append(block.text()));
		return text.toString();
	}

	private Outlet outlet(String name) {
		return this.outlets.findByName(name)
			.orElseGet(() -> this.outlets.save(new Outlet(name, uniqueSlug(OutletSlugs.of(name)))));
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

	private static String normalise(String text) {
		return text.strip().replaceAll("\\s+", " ");
	}

	static String lead(ExtractedArticle article) {
		String first = article.body()
			.stream()
			.filter((block) -> block.kind() == Block.Kind.PARAGRAPH)
			.map(Block::text)
			.findFirst()
			.orElse("");
		return shorten(first, LEAD_LENGTH);
	}

	static String shorten(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		int cut = text.lastIndexOf(' ', max - 1);
		return text.substring(0, (cut > max / 2) ? cut : max - 1).stripTrailing() + "…";
	}

	private static String truncate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max);
	}

}
