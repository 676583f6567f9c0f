package id.warta.story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import id.warta.language.IndonesianAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * What only one version of a story reports: its sentences that no other version has.
 * Sentences are compared by the pairs of neighbouring terms the index's analyzer makes of
 * them, so that a sentence reworded with other affixes ("berunding", "perundingan") is
 * still the same sentence; a sentence is the version's own when most of its pairs occur
 * in no other version.
 */
final class StoryDifferences {

	/** Sentences shown per version, at most. */
	static final int MAX_SENTENCES = 4;

	/** Least pairs of terms a sentence needs to be compared at all. */
	static final int MIN_PAIRS = 4;

	/** Share of its pairs that no other version has, from which a sentence is its own. */
	static final double OWN_SHARE = 0.8;

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[\\p{Lu}\"“(])");

	private static final Analyzer ANALYZER = new IndonesianAnalyzer();

	private StoryDifferences() {
	}

	/**
	 * What each version has of its own.
	 *
	 * @param sentences each version's own sentences, in its order, by article id
	 * @param versionsWithPair in how many versions each pair of terms occurs
	 */
	record Own(Map<Long, List<String>> sentences, Map<String, Integer> versionsWithPair) {

		/** Whether a text of one version (a quote) is in no other version. */
		boolean isOwn(String text) {
			Set<String> pairs = pairs(text);
			if (pairs.size() < MIN_PAIRS || this.versionsWithPair.isEmpty()) {
				return false;
			}
			long alone = pairs.stream().filter((pair) -> this.versionsWithPair.getOrDefault(pair, 0) <= 1).count();
			return alone >= OWN_SHARE * pairs.size();
		}

	}

	/**
	 * Each version's own sentences, in its order.
	 * @param bodies the paragraphs of every version compared, by article id
	 */
	static Own of(Map<Long, List<String>> bodies) {
		Map<String, Integer> versionsWithPair = new HashMap<>();
		Map<Long, List<String>> own = ownSentences(bodies, versionsWithPair);
		return new Own(own, (bodies.size() < 2) ? Map.of() : versionsWithPair);
	}

	private static Map<Long, List<String>> ownSentences(Map<Long, List<String>> bodies,
			Map<String, Integer> versionsWithPair) {
		Map<Long, List<Sentence>> sentences = new LinkedHashMap<>();
		for (Map.Entry<Long, List<String>> body : bodies.entrySet()) {
			List<Sentence> split = new ArrayList<>();
			Set<String> pairsOfVersion = new HashSet<>();
			for (String paragraph : body.getValue()) {
				for (String text : SENTENCE_END.split(paragraph.strip())) {
					Sentence sentence = new Sentence(text.strip(), pairs(text));
					split.add(sentence);
					pairsOfVersion.addAll(sentence.pairs());
				}
			}
			pairsOfVersion.forEach((pair) -> versionsWithPair.merge(pair, 1, Integer::sum));
			sentences.put(body.getKey(), split);
		}
		Map<Long, List<String>> own = new LinkedHashMap<>();
		if (bodies.size() < 2) {
			return own;
		}
		sentences.forEach((id, split) -> {
			List<String> mine = new ArrayList<>();
			for (Sentence sentence : split) {
				if (mine.size() < MAX_SENTENCES && sentence.pairs().size() >= MIN_PAIRS) {
					long alone = sentence.pairs().stream().filter((pair) -> versionsWithPair.get(pair) == 1).count();
					if (alone >= OWN_SHARE * sentence.pairs().size()) {
						mine.add(sentence.text());
					}
				}
			}
			own.put(id, List.copyOf(mine));
		});
		return own;
	}

	private static Set<String> pairs(String text) {
		Set<String> pairs = new HashSet<>();
		try (TokenStream stream = ANALYZER.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			String previous = null;
			while (stream.incrementToken()) {
				String current = term.toString();
				if (previous != null) {
					pairs.add(previous + " " + current);
				}
				previous = current;
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pairs;
	}

	private record Sentence(String text, Set<String> pairs) {
	}

}
