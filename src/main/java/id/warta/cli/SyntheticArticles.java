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
import id.warta.language.names.Entity;
import id.warta.language.names.EntityKind;
import id.warta.language.names.Gazetteer;
import id.warta.scraper.PublicationDate;

/**
 * Makes synthetic articles for load tests from the seed articles: a word-pair chain over
 * the seeds' sentences, so that generated sentences have the seeds' vocabulary and
 * shapes, spread over {@value #OUTLETS} outlets and {@value #YEARS} years. Articles come
 * in events, as news does: consecutive articles of one event are its versions by other
 * outlets, published within a day of it, sharing its made-up names, its countries and
 * person and some of its sentences; most events have one or a few versions, a few have
 * dozens ({@link EventPlan}). Article {@code n} is the same for the same seeds, whatever
 * was generated before it.
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

	private final EventPlan plan;

	private final List<String> countries;

	private final List<String> people;

	/**
	 * @param seedArticles the articles whose sentences make the chain
	 * @param seed the random seed: the same seed gives the same articles
	 */
	SyntheticArticles(List<ExtractedArticle> seedArticles, long seed) {
		this.seed = seed;
		this.plan = new EventPlan(seed);
		this.countries = Gazetteer.standard()
			.entities()
			.stream()
			.filter((entity) -> entity.kind() == EntityKind.COUNTRY)
			.map(Entity::name)
			.toList();
		this.people = Gazetteer.standard()
			.entities()
			.stream()
			.filter((entity) -> entity.kind() == EntityKind.PERSON)
			.map(Entity::name)
			.toList();
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
		EventPlan.Place place = this.plan.place(n);
		Event event = event(place.event());
		SplittableRandom random = new SplittableRandom(this.seed * 1_000_003L + n);
		List<String> words = new ArrayList<>();
		String title = event.names().get(0) + " " + title(random, words) + " " + event.countries().get(0);
		List<Block> body = new ArrayList<>();
		int paragraphs = 4 + random.nextInt(7);
		int wordCount = 0;
		int told = 0;
		for (int p = 0; p < paragraphs; p++) {
			if (p > 0 && random.nextInt(6) == 0) {
				String heading = title(random, words);
				body.add(Block.heading(heading));
				wordCount += words.size();
			}
			StringBuilder paragraph = new StringBuilder();
			if (p == 0 || (p < 4 && random.nextInt(2) == 0)) {
				// The event's own sentences, some in each version, the lead always.
				String fact = event.facts().get((told++ + place.index()) % event.facts().size());
				paragraph.append(fact);
				wordCount += fact.split(" ").length;
			}
			int sentences = 1 + random.nextInt(3);
			for (int s = 0; s < sentences; s++) {
				paragraph.append(paragraph.isEmpty() ? "" : " ").append(sentence(random, words));
				wordCount += words.size();
			}
			body.add(Block.paragraph(paragraph.toString()));
		}
		String outlet = OUTLET_NAMES.get((int) (n % OUTLETS));
		LocalDate day = event.day().plusDays((place.index() == 0) ? 0 : random.nextInt(2));
		OffsetDateTime at = day.atTime(LocalTime.of(6 + random.nextInt(16), random.nextInt(60)))
			.atOffset(PublicationDate.WIB);
		List<String> cited = List.of(AGENCIES.get(random.nextInt(AGENCIES.size())));
		return new ExtractedArticle(title, outlet, null, PublicationDate.of(at), cited, "id", body, wordCount);
	}

	/**
	 * The {@code e}th event: its day, its made-up names, two countries and a person of
	 * the gazetteer, and the sentences its versions share.
	 */
	private Event event(long e) {
		SplittableRandom random = new SplittableRandom(this.seed * 7_919L + e * 31L + 17);
		int days = (int) (LocalDate.of(FIRST_DAY.getYear() + YEARS, 1, 1).toEpochDay() - FIRST_DAY.toEpochDay());
		LocalDate day = FIRST_DAY.plusDays(random.nextInt(days));
		List<String> names = List.of(name(random), name(random), name(random));
		List<String> countries = List.of(this.countries.get(random.nextInt(this.countries.size())),
				this.countries.get(random.nextInt(this.countries.size())));
		String person = this.people.get(random.nextInt(this.people.size()));
		List<String> facts = List.of(
				names.get(0) + " menjadi tuan rumah pertemuan " + names.get(1) + " yang dihadiri wakil "
						+ countries.get(0) + ".",
				"Delegasi " + countries.get(0) + " dan " + countries.get(1) + " membahas " + names.get(1)
						+ " selama dua hari.",
				person + " mengatakan " + names.get(2) + " akan dibahas lagi bersama " + countries.get(1) + ".",
				"Pertemuan di " + names.get(0) + " berakhir dengan janji kerja sama " + names.get(2) + ".");
		return new Event(day, names, countries, facts);
	}

	/** A made-up proper name of two or three syllables, such as "Karsawu". */
	private static String name(SplittableRandom random) {
		StringBuilder name = new StringBuilder();
		int syllables = 2 + random.nextInt(2);
		for (int i = 0; i < syllables; i++) {
			name.append(CONSONANTS[random.nextInt(CONSONANTS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
		}
		name.setCharAt(0, Character.toUpperCase(name.charAt(0)));
		return name.toString();
	}

	private static final String[] CONSONANTS = { "k", "r", "s", "t", "m", "n", "d", "b", "l", "w", "p", "g", "j", "h",
			"ng", "kr", "tr", "sw" };

	private static final String[] VOWELS = { "a", "i", "u", "e", "o", "au", "ai" };

	private record Event(LocalDate day, List<String> names, List<String> countries, List<String> facts) {
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
