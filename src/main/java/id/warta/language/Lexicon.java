package id.warta.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.analysis.CharArraySet;

/**
 * The words that {@link IndonesianAnalyzer} accepts as roots when it takes affixes off a
 * word: a shipped root list, written for this project, and words learned from the corpus.
 * <p>
 * A word is learned when it occurs as a stand-alone word in indexed text at least
 * {@code minFrequency} times: that it stands alone is the evidence that it is a word, and
 * the frequency keeps typos and names from becoming roots. Shipped roots always win: the
 * lemmatizer first looks for a shipped root and only falls back to learned words for a
 * word that has no analysis into a shipped root. So learning never changes the term of a
 * word that the shipped list already explains; it only joins the derived forms of roots
 * the list lacks (names of new things, loan words, regional words).
 * <p>
 * Consistency between index and queries: the term of such an unknown word can change when
 * its root becomes learned. Learn before indexing: feed every stored article to
 * {@link #learn} (for example through {@link IndonesianAnalyzer#learnFrom}) at start-up
 * before the index is built or rebuilt, and each new article before it is indexed. A
 * query then never knows a root that the documents indexed after it was learned did not,
 * and documents indexed before a root was learned keep the unknown word's surface form
 * (which a query for that very form still finds). {@link #generation()} grows each time a
 * word becomes a root; a full reindex when it has grown much makes old documents
 * consistent again. Learning is thread-safe and lock-free.
 */
public final class Lexicon {

	/** How often a word must stand alone before it counts as a root. */
	public static final int DEFAULT_MIN_FREQUENCY = 3;

	/** Shorter learned words are too often abbreviations or fragments. */
	private static final int MIN_LEARNED_LENGTH = 4;

	private static final int MAX_LEARNED_LENGTH = 24;

	/** Bounds the memory that an endless stream of new words can take. */
	private static final int MAX_COUNTED_WORDS = 2_000_000;

	private static final String ROOTS_RESOURCE = "roots-id.txt";

	/**
	 * Everyday roots (crafts, cooking, body, nature, tools...), written for the project.
	 */
	private static final String EVERYDAY_ROOTS_RESOURCE = "roots-everyday-id.txt";

	/** Roots mined from a list of frequent words (see the file's header and NOTICE). */
	private static final String MINED_ROOTS_RESOURCE = "roots-mined-id.txt";

	private final CharArraySet roots;

	private final int minFrequency;

	private final ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();

	private final AtomicLong generation = new AtomicLong();

	private Lexicon(CharArraySet roots, int minFrequency) {
		if (minFrequency < 1) {
			throw new IllegalArgumentException("minFrequency must be at least 1, was " + minFrequency);
		}
		this.roots = roots;
		this.minFrequency = minFrequency;
	}

	/**
	 * A lexicon of the shipped roots that learns a word once it stood alone
	 * {@link #DEFAULT_MIN_FREQUENCY} times.
	 */
	public static Lexicon withShippedRoots() {
		return withShippedRoots(DEFAULT_MIN_FREQUENCY);
	}

	/**
	 * A lexicon of the shipped roots that learns a word once it stood alone
	 * {@code minFrequency} times.
	 */
	public static Lexicon withShippedRoots(int minFrequency) {
		return new Lexicon(ShippedRoots.ROOTS, minFrequency);
	}

	/**
	 * A lexicon of the given roots only, for measuring how much the corpus adds.
	 */
	public static Lexicon of(Iterable<String> roots, int minFrequency) {
		CharArraySet set = new CharArraySet(1024, false);
		roots.forEach(set::add);
		return new Lexicon(CharArraySet.unmodifiableSet(set), minFrequency);
	}

	/**
	 * Counts each surface word (lower-cased and ASCII-folded, as the analyzer's tokens
	 * are); words that are not plain Latin letters, or too short or long to be roots, are
	 * ignored.
	 */
	public void learn(Iterable<String> surfaceWords) {
		for (String word : surfaceWords) {
			if (!learnable(word)) {
				continue;
			}
			AtomicInteger count = this.counts.get(word);
			if (count == null) {
				if (this.counts.size() >= MAX_COUNTED_WORDS) {
					continue;
				}
				count = this.counts.computeIfAbsent(word, (w) -> new AtomicInteger());
			}
			if (count.incrementAndGet() == this.minFrequency) {
				this.generation.incrementAndGet();
			}
		}
	}

	/**
	 * Adds counts saved earlier by {@link #counts()}, as if the words had been seen
	 * again.
	 */
	public void restore(Map<String, Integer> savedCounts) {
		savedCounts.forEach((word, count) -> {
			if (!learnable(word) || count < 1) {
				return;
			}
			AtomicInteger current = this.counts.computeIfAbsent(word, (w) -> new AtomicInteger());
			int before = current.getAndAdd(count);
			if (before < this.minFrequency && before + count >= this.minFrequency) {
				this.generation.incrementAndGet();
			}
		});
	}

	/**
	 * How often each learned word was seen, to save and {@link #restore} later.
	 */
	public Map<String, Integer> counts() {
		Map<String, Integer> snapshot = new TreeMap<>();
		this.counts.forEach((word, count) -> snapshot.put(word, count.get()));
		return snapshot;
	}

	/**
	 * The words learned as roots, sorted: what makes lemmas differ from those of the
	 * shipped list alone.
	 */
	public SortedSet<String> learnedRoots() {
		SortedSet<String> roots = new TreeSet<>();
		this.counts.forEach((word, count) -> {
			if (count.get() >= this.minFrequency) {
				roots.add(word);
			}
		});
		return roots;
	}

	/**
	 * Corpus words within {@code maxEdits} insertions, deletions or substitutions of
	 * {@code word}, closest first and, among equally close ones, most frequent first: the
	 * corpus's own spellings, for "did you mean".
	 */
	public List<String> similarWords(String word, int maxEdits, int limit) {
		record Candidate(String word, int edits, int count) {
		}
		List<Candidate> candidates = new ArrayList<>();
		this.counts.forEach((known, count) -> {
			if (Math.abs(known.length() - word.length()) <= maxEdits && !known.equals(word)) {
				int edits = EditDistance.within(word, known, maxEdits);
				if (edits <= maxEdits) {
					candidates.add(new Candidate(known, edits, count.get()));
				}
			}
		});
		candidates.sort(Comparator.comparingInt(Candidate::edits)
			.thenComparing(Comparator.comparingInt(Candidate::count).reversed())
			.thenComparing(Candidate::word));
		return candidates.stream().limit(limit).map(Candidate::word).toList();
	}

	/**
	 * Grows by one each time a learned word becomes a root; lemmas of words without a
	 * shipped root may differ between generations.
	 */
	public long generation() {
		return this.generation.get();
	}

	/**
	 * Whether the word is a root: shipped, or learned often enough.
	 */
	public boolean isRoot(String word) {
		return isShippedRoot(word) || isLearnedRoot(word);
	}

	/**
	 * Whether the word is a root of the shipped list: an everyday word, never a name the
	 * corpus taught.
	 */
	public boolean isShippedRoot(CharSequence word) {
		return this.roots.contains(word);
	}

	boolean isLearnedRoot(String word) {
		AtomicInteger count = this.counts.get(word);
		return count != null && count.get() >= this.minFrequency;
	}

	boolean hasLearnedRoots() {
		return this.generation.get() > 0;
	}

	private static boolean learnable(String word) {
		int length = word.length();
		if (length < MIN_LEARNED_LENGTH || length > MAX_LEARNED_LENGTH) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			char c = word.charAt(i);
			if (c < 'a' || c > 'z') {
				return false;
			}
		}
		return true;
	}

	/** Loads the shipped list once, on first use. */
	private static final class ShippedRoots {

		static final CharArraySet ROOTS = CharArraySet.unmodifiableSet(roots());

		private static CharArraySet roots() {
			CharArraySet roots = new CharArraySet(8192, false);
			roots.addAll(WordList.load(ROOTS_RESOURCE));
			roots.addAll(WordList.load(EVERYDAY_ROOTS_RESOURCE));
			roots.addAll(WordList.load(MINED_ROOTS_RESOURCE));
			return roots;
		}

	}

}
