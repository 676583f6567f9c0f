package id.warta.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

import id.warta.article.ArticleCatalog;
import id.warta.article.ArticleStoring;
import id.warta.language.IndonesianAnalyzer;
import id.warta.language.LearnedWords;
import id.warta.language.Lexicon;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Teaches the analyzer's lexicon the words of the corpus: every new article before the
 * index sees it, and at start the words saved by earlier runs (or, when that file is
 * missing, every stored article). It also tells whether the index was built with the
 * roots known now, so that {@link IndexBootstrap} can rebuild it when they differ.
 */
@Component
class CorpusLexicon {

	private static final Logger logger = LoggerFactory.getLogger(CorpusLexicon.class);

	/** Articles learned between two saves of the learned words. */
	private static final int SAVE_EVERY = 200;

	private final Lexicon lexicon = IndonesianAnalyzer.sharedLexicon();

	private final IndonesianAnalyzer analyzer = new IndonesianAnalyzer();

	private final ArticleCatalog catalog;

	private final LearnedWords learnedWords;

	private final Path fingerprintFile;

	private final AtomicInteger unsaved = new AtomicInteger();

	CorpusLexicon(ArticleCatalog catalog, LexiconSettings settings) {
		this.catalog = catalog;
		this.learnedWords = new LearnedWords(settings.dataDir());
		this.fingerprintFile = settings.dataDir().resolve("index").resolve("lexicon-fingerprint");
	}

	/**
	 * Restores what earlier runs learned; relearns from the stored articles when the
	 * saved words are missing or unreadable.
	 */
	void load() {
		if (this.learnedWords.exists()) {
			try {
				int words = this.learnedWords.loadInto(this.lexicon);
				logger.info("Lexicon: {} corpus words read from {}, {} of them roots", words, this.learnedWords,
						this.lexicon.learnedRoots().size());
				return;
			}
			catch (IOException ex) {
				logger.warn("Lexicon: cannot read {} ({}); learning again from the stored articles", this.learnedWords,
						ex.getMessage());
			}
		}
		if (this.catalog.count() > 0) {
			this.catalog.forEachText(this.analyzer::learnFrom);
			logger.info("Lexicon: learned {} roots from the stored articles", this.lexicon.learnedRoots().size());
			save();
		}
	}

	@EventListener
	void learn(ArticleStoring event) {
		this.analyzer.learnFrom(event.text());
		if (this.unsaved.incrementAndGet() >= SAVE_EVERY) {
			save();
		}
	}

	@PreDestroy
	void save() {
		this.unsaved.set(0);
		try {
			this.learnedWords.save(this.lexicon);
		}
		catch (IOException ex) {
			logger.warn("Lexicon: cannot save {}: {}", this.learnedWords, ex.getMessage());
		}
	}

	/**
	 * Whether the index was last built with the roots the lexicon knows now.
	 */
	boolean indexMatchesLexicon() {
		try {
			return Files.isRegularFile(this.fingerprintFile)
					&& Files.readString(this.fingerprintFile, StandardCharsets.UTF_8).strip().equals(fingerprint());
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Records that the index was just built with the roots the lexicon knows now.
	 */
	void indexBuilt() {
		try {
			Files.createDirectories(this.fingerprintFile.getParent());
			Files.writeString(this.fingerprintFile, fingerprint(), StandardCharsets.UTF_8);
			IndexLayout.record(this.fingerprintFile.getParent());
		}
		catch (IOException ex) {
			logger.warn("Lexicon: cannot write {}: {}", this.fingerprintFile, ex.getMessage());
		}
	}

	private String fingerprint() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String root : this.lexicon.learnedRoots()) {
				digest.update(root.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) '\n');
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
