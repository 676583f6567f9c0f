package id.warta.cli;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import id.warta.scraper.Block;
import id.warta.scraper.ExtractedArticle;
import id.warta.scraper.PublicationDate;

/**
 * Makes synthetic articles for load tests from the seed articles: a word-pair chain over
 * the seeds' sentences, so that generated sentences have the seeds' vocabulary and
 * shapes, spread over {@value #OUTLETS} outlets and {@value #YEARS} years. Article
 * {@code n} is the same for the same seeds, whatever was generated before it.
 */
final class SyntheticArticles {

	static final int OUTLETS = 20;

	static final int YEARS = 5;

	static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);

	private static final String START = "\u0000start";

	private static final String END = "\u0000end";

	private static final List<String> OUTLET_NAMES = List.of("Kabar Nusantara", "Warta Timur", "Suara Selat",
			"Harian Khatulistiwa", "Berita Samudra", "Pos Diplomasi", "Jurnal Kawasan", "Tribun Maritim", "Gema Asia",
			"Lintas Benua", "Kompas Dunia", "Catatan Jakarta", "Teropong Global", "Sinar Pasifik", "Kabar Natuna",
			"Mimbar Internasional", "Radar Perbatasan", "Serambi Dunia", "Duta Berita", "Arus Timur");

	private static final List<String> AGENCIES = List.of("Antara", "Reuters", "AFP", "AP", "Xinhua", "Kyodo");

	private static final int MAX_SENTENCE_WORDS = 45;

	private final Map<String, List<String>> next = new HashMap<>();

	private final long seed;

	/**
	 * @param seedArticles the articles whose sentences make the chain
	 * @param seed the random seed: the same seed gives the same articles
	 */
	SyntheticArticles(List<ExtractedArticle> seedArticles, long seed) {
		this.seed = seed;
		for (ExtractedArticle article : seedArticles) {
			learn(article.title());
			for (Block block : article.body()) {
				for (String sentence : block.text().split("(?<=[.!?])\\s+")) {
					learn(sentence);
				}
			}
		}
		if (!this.next.containsKey(START)) {
			throw new IllegalArgumentException("the seed articles hold no sentences to learn from");
		}
	}

	private void learn(String sentence) {
		String[] words = sentence.strip().split("\\s+");
		if (words.length < 3) {
			return;
		}
		String previous = START;
		for (String word : words) {
			this.next.computeIfAbsent(previous, (key) -> new ArrayList<>()).add(word);
			previous = word;
		}
		this.next.computeIfAbsent(previous, (key) -> new ArrayList<>()).add(END);
	}

	/**
	 * The {@code n}th synthetic article.
	 */
	ExtractedArticle article(long n) {
		SplittableRandom random = new SplittableRandom(this.seed * 1_000_003L + n);
		List<String> words = new ArrayList<>();
		String title = title(random, words);
		List<Block> body = new ArrayList<>();
		int paragraphs = 4 + random.nextInt(7);
		int wordCount = 0;
		for (int p = 0; p < paragraphs; p++) {
			if (p > 0 && random.nextInt(6) == 0) {
				String heading = title(random, words);
				body.add(Block.heading(heading));
				wordCount += words.size();
			}
			StringBuilder paragraph = new StringBuilder();
			int sentences = 1 + random.nextInt(4);
			for (int s = 0; s < sentences; s++) {
				paragraph.append((s > 0) ? " " : "").append(sentence(random, words));
				wordCount += words.size();
			}
			body.add(Block.paragraph(paragraph.toString()));
		}
		String outlet = OUTLET_NAMES.get((int) (n % OUTLETS));
		int days = (int) (LocalDate.of(FIRST_DAY.getYear() + YEARS, 1, 1).toEpochDay() - FIRST_DAY.toEpochDay());
		LocalDate day = FIRST_DAY.plusDays(random.nextInt(days));
		OffsetDateTime at = day.atTime(LocalTime.of(6 + random.nextInt(16), random.nextInt(60)))
			.atOffset(PublicationDate.WIB);
		List<String> cited = List.of(AGENCIES.get(random.nextInt(AGENCIES.size())));
		return new ExtractedArticle(title, outlet, null, PublicationDate.of(at), cited, "id", body, wordCount);
	}

	/**
	 * The opening words of a sentence, without its closing punctuation.
	 * @param words receives the title's words
	 */
	private String title(SplittableRandom random, List<String> words) {
		sentence(random, words);
		int length = Math.min(words.size(), 6 + random.nextInt(7));
		words.subList(length, words.size()).clear();
		String last = words.get(length - 1);
		int end = last.length();
		while (end > 1 && ".,;:!?".indexOf(last.charAt(end - 1)) >= 0) {
			end--;
		}
		words.set(length - 1, last.substring(0, end));
		return String.join(" ", words);
	}

	/**
	 * A sentence from the chain, ending in a full stop if the chain gave none.
	 * @param words receives the sentence's words
	 */
	private String sentence(SplittableRandom random, List<String> words) {
		words.clear();
		String word = START;
		while (words.size() < MAX_SENTENCE_WORDS) {
			List<String> candidates = this.next.get(word);
			if (candidates == null) {
				break;
			}
			word = candidates.get(random.nextInt(candidates.size()));
			if (word.equals(END)) {
				break;
			}
			words.add(word);
		}
		String sentence = String.join(" ", words);
		char last = sentence.charAt(sentence.length() - 1);
		return (last == '.' || last == '!' || last == '?') ? sentence : sentence + ".";
	}

}
