package id.warta.story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.warta.language.IndonesianAnalyzer;
import id.warta.language.Lexicon;
import id.warta.language.dates.TextDate;
import id.warta.language.dates.TextDates;
import id.warta.language.names.Entity;
import id.warta.language.names.Gazetteer;
import id.warta.language.names.Mention;
import id.warta.language.names.Mentions;
import id.warta.language.names.OfficeYears;
import id.warta.language.names.Years;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.jspecify.annotations.Nullable;

/**
 * Reads an article's {@link StoryFeatures}: its terms by the index's analyzer (so that
 * "berunding" and "perundingan" agree), the entities of the gazetteer it names, and the
 * day of the event, from its publication date or else from the dates its text mentions.
 * Thread-safe.
 */
public final class StoryFeatureReader {

	/**
	 * Terms of the text kept: enough to compare two versions. The most frequent first,
	 * words that are no root of the shipped lexicon (names, rare words) counting thrice,
	 * as they tell one event from another.
	 */
	static final int MAX_TERMS = 100;

	/** Paragraphs after the headline that state what happened. */
	static final int LEAD_PARAGRAPHS = 2;

	/** Terms of headline and lead kept. */
	static final int MAX_LEAD_TERMS = 50;

	/** Entities kept, the most named first. */
	static final int MAX_ENTITIES = 24;

	private final Analyzer analyzer;

	private final Gazetteer gazetteer;

	private final Lexicon lexicon;

	private final OfficeYears offices;

	public StoryFeatureReader() {
		this(new IndonesianAnalyzer(), Gazetteer.standard());
	}

	StoryFeatureReader(IndonesianAnalyzer analyzer, Gazetteer gazetteer) {
		this.analyzer = analyzer;
		this.gazetteer = gazetteer;
		this.lexicon = analyzer.lexicon();
		this.offices = new OfficeYears(gazetteer);
	}

	/**
	 * The features of an article.
	 * @param title its headline
	 * @param paragraphs its body's paragraphs and subheadings, in order
	 * @param published its publication day, if known
	 */
	public StoryFeatures read(String title, List<String> paragraphs, @Nullable LocalDate published) {
		String text = title + "\n" + String.join("\n", paragraphs);
		return read(title, paragraphs, published, this.gazetteer.mentions(text));
	}

	/**
	 * The features of an article whose entities were found already.
	 * @param mentions the gazetteer's entities in the headline and body, as
	 * {@link Gazetteer#mentions} finds them in the headline, a line break and the
	 * paragraphs joined by line breaks
	 */
	public StoryFeatures read(String title, List<String> paragraphs, @Nullable LocalDate published, Mentions mentions) {
		Map<String, Integer> titleTerms = terms(title, new LinkedHashMap<>());
		Map<String, Integer> terms = new HashMap<>(titleTerms);
		Map<String, Integer> leadTerms = new HashMap<>(titleTerms);
		int leadEnd = title.length() + 1;
		int leading = 0;
		for (String paragraph : paragraphs) {
			if (leading < LEAD_PARAGRAPHS) {
				terms(paragraph, leadTerms);
				leadEnd += paragraph.length() + 1;
				leading++;
			}
			terms(paragraph, terms);
		}
		String text = title + "\n" + String.join("\n", paragraphs);
		Map<String, Integer> entities = new LinkedHashMap<>();
		for (Entity entity : mentions.entities()) {
			if (entities.size() < MAX_ENTITIES) {
				entities.put(entity.slug(), mentions.count(entity.slug()));
			}
		}
		LocalDate day = published;
		MonthDay monthDay = null;
		DayOfWeek weekday = null;
		if (day == null) {
			Optional<TextDate> mentioned = TextDates.eventDate(paragraphs);
			if (mentioned.isPresent()) {
				day = mentioned.get().date().orElse(null);
				monthDay = mentioned.get().monthDay();
				weekday = mentioned.get().weekday();
			}
		}
		Map<String, Integer> leadEntities = new LinkedHashMap<>();
		for (Mention mention : mentions.all()) {
			if (mention.start() < leadEnd) {
				leadEntities.merge(mention.entity().slug(), 1, Integer::sum);
			}
		}
		Years years = this.offices.of(text, mentions).orElse(null);
		return new StoryFeatures(titleTerms, top(leadTerms, MAX_LEAD_TERMS, this.lexicon), leadEntities,
				top(terms, MAX_TERMS, this.lexicon), entities, day, monthDay, weekday, years, published != null);
	}

	private Map<String, Integer> terms(String text, Map<String, Integer> counts) {
		try (TokenStream stream = this.analyzer.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				String value = term.toString();
				if (isWord(value)) {
					counts.merge(value, 1, Integer::sum);
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return counts;
	}

	/** A term of letters with at most a hyphen or digits inside: no number, no symbol. */
	private static boolean isWord(String term) {
		if (term.length() < 2 || term.length() > 40) {
			return false;
		}
		boolean letter = false;
		for (int i = 0; i < term.length(); i++) {
			char c = term.charAt(i);
			if (Character.isLetter(c)) {
				letter = true;
			}
			else if (!Character.isDigit(c) && c != '-') {
				return false;
			}
		}
		return letter && Character.isLetter(term.charAt(0));
	}

	private static Map<String, Integer> top(Map<String, Integer> counts, int limit, Lexicon lexicon) {
		if (counts.size() <= limit) {
			return counts;
		}
		// Each term's rank computed once, not at every comparison.
		record Ranked(Map.Entry<String, Integer> entry, int rank) {
		}
		List<Ranked> entries = new ArrayList<>(counts.size());
		counts.entrySet()
			.forEach((entry) -> entries
				.add(new Ranked(entry, entry.getValue() * (lexicon.isShippedRoot(entry.getKey()) ? 1 : 3))));
		entries
			.sort(Comparator.comparingInt(Ranked::rank).reversed().thenComparing((ranked) -> ranked.entry().getKey()));
		Map<String, Integer> top = new LinkedHashMap<>();
		entries.subList(0, limit).forEach((ranked) -> top.put(ranked.entry().getKey(), ranked.entry().getValue()));
		return top;
	}

}
