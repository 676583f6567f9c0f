package id.warta.language;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.analysis.CharArraySet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mines roots the shipped list lacks from a list of frequent Indonesian words, and writes
 * them as {@code roots-mined-id.txt}. Not a test: a command run when the lexicon is
 * grown, whose output is reviewed and committed.
 *
 * <pre>
 * npm pack @zxcvbn-ts/language-id@4.1.1 &amp;&amp; tar xzf zxcvbn-ts-language-id-4.1.1.tgz
 * npm pack @zxcvbn-ts/language-en@4.1.1 &amp;&amp; mkdir en &amp;&amp; tar xzf zxcvbn-ts-language-en-4.1.1.tgz -C en
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=id.warta.language.RootMiner \
 *     -Dexec.args="package/src/commonWords.json src/main/resources/id/warta/language/roots-mined-id.txt \
 *         package/src/names.json en/package/src/firstnames.json en/package/src/lastnames.json \
 *         en/package/src/commonWords.json"
 * </pre>
 *
 * The word list (20,227 frequent words of Indonesian subtitles, OpenSubtitles 2024 via
 * OPUS, ODC-BY, in the MIT-licensed npm package) holds inflected forms, not roots. A word
 * becomes a root when the shipped roots do not explain it and the list holds a derived
 * form of it that the lemmatizer's rules reduce to it ({@code hajar}: {@code menghajar},
 * {@code dihajar}). A root that never stands alone ({@code langgan}) is taken when at
 * least {@value #MIN_SHARED_FORMS} listed words of different affixes reduce to it
 * ({@code pelanggan}, {@code langganan}, {@code berlangganan}); those are decided first,
 * then the stand-alone words, shorter first, so a derived form ({@code langganan}) never
 * becomes a root of its own when its root was found; last the frequent words nothing
 * explains, shown only bare ({@code semut}). No root may change the analysis of a listed
 * word the roots already explain ({@code member} would take {@code memberi} from
 * {@code beri}), and names and foreign words (the lists given after the output, such as
 * the English names and words of {@code @zxcvbn-ts/language-en}) are never roots: the
 * names' detection asks the lexicon whether a capitalised word is an ordinary word.
 */
public final class RootMiner {

	private static final int MIN_ROOT = 4;

	private static final int MAX_ROOT = 14;

	/** Of a long list of names or foreign words, the most frequent ones exclude. */
	private static final int MAX_EXCLUDED = 30_000;

	/** How high in the frequency list a bare word must stand to be taken as a root. */
	private static final int FREQUENT = 12_000;

	/** Listed words that must share a stem that never stands alone. */
	private static final int MIN_SHARED_FORMS = 3;

	/** Prefix spellings with the root's first sound they took away, if any. */
	private static final String[][] PREFIXES = { { "meny", "s" }, { "peny", "s" }, { "meng", "k" }, { "peng", "k" },
			{ "mem", "p" }, { "pem", "p" }, { "men", "t" }, { "pen", "t" }, { "meng", "" }, { "peng", "" },
			{ "mem", "" }, { "pem", "" }, { "men", "" }, { "pen", "" }, { "me", "" }, { "pe", "" }, { "ber", "" },
			{ "be", "" }, { "ter", "" }, { "per", "" }, { "di", "" }, { "ke", "" }, { "se", "" }, { "", "" } };

	private static final String[] SUFFIXES = { "kan", "an", "i", "" };

	private static final String[] CLITICS = { "nya", "lah", "pun", "ku", "mu", "" };

	private RootMiner() {
	}

	public static void main(String[] args) throws IOException {
		Path input = Path.of(args[0]);
		Path output = Path.of(args[1]);
		List<String> words = read(input);
		Set<String> shipped = new HashSet<>();
		WordList.load("roots-id.txt").forEach((w) -> shipped.add(new String((char[]) w)));
		WordList.load("roots-everyday-id.txt").forEach((w) -> shipped.add(new String((char[]) w)));
		// Further arguments: lists of names and of foreign words, never taken as roots.
		Set<String> names = new HashSet<>();
		for (int i = 2; i < args.length; i++) {
			List<String> list = read(Path.of(args[i]));
			names.addAll(list.subList(0, Math.min(list.size(), MAX_EXCLUDED)));
		}
		Set<String> mined = mine(words, shipped, names);
		write(output, mined, words.size());
		System.out.printf(Locale.ROOT, "%d listed words, %d shipped roots, %d mined roots -> %s%n", words.size(),
				shipped.size(), mined.size(), output);
	}

	static Set<String> mine(List<String> words, Set<String> shipped) {
		return mine(words, shipped, Set.of());
	}

	static Set<String> mine(List<String> words, Set<String> shipped, Set<String> names) {
		Set<String> listed = new HashSet<>(words);
		Set<String> accepted = new TreeSet<>();
		List<String> byLength = new ArrayList<>(new LinkedHashSet<>(words));
		byLength.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
		IndonesianLemmatizer current = lemmatizer(shipped, accepted);
		Map<String, List<String>> formsByStem = new HashMap<>();
		for (String word : words) {
			for (String stem : stems(word)) {
				formsByStem.computeIfAbsent(stem, (s) -> new ArrayList<>()).add(word);
			}
		}
		// Stems that never stand alone, shared by several listed words.
		List<String> hidden = new ArrayList<>();
		formsByStem.forEach((stem, forms) -> {
			if (!listed.contains(stem) && isCandidate(stem, shipped) && !names.contains(stem)
					&& forms.size() >= MIN_SHARED_FORMS && !assimilated(stem, listed, shipped)) {
				hidden.add(stem);
			}
		});
		// A root ending in -i beats the same stem read with the suffix -i: bantai, not
		// banta.
		Set<String> hiddenSet = new HashSet<>(hidden);
		hidden.removeIf((stem) -> hiddenSet.contains(stem + "i"));
		hidden.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
		for (String stem : hidden) {
			List<String> forms = formsByStem.get(stem);
			IndonesianLemmatizer before = current;
			long unexplained = forms.stream().filter((f) -> unexplained(before, f)).count();
			// Forms that a listed word explains as well ("tusukan": tusuk) do not vouch
			// for a stem that never stands alone ("tusu").
			long only = reduced(shipped, accepted, stem, forms).stream()
				.filter((f) -> stems(f).stream().noneMatch((w) -> !w.equals(stem) && listed.contains(w)))
				.count();
			if (unexplained >= MIN_SHARED_FORMS && reducedForms(shipped, accepted, stem, forms) >= MIN_SHARED_FORMS
					&& only >= 2 && !steals(current, shipped, accepted, stem, words)) {
				if (System.getenv("MINER_DEBUG") != null) {
					System.out.println("stem " + stem + " " + forms);
				}
				accepted.add(stem);
				current = lemmatizer(shipped, accepted);
			}
		}
		// Then stand-alone words, shortest first.

		Map<String, Integer> rank = new HashMap<>();
		for (int i = 0; i < words.size(); i++) {
			rank.putIfAbsent(words.get(i), i);
		}
		for (String candidate : byLength) {
			if (!isCandidate(candidate, shipped) || names.contains(candidate) || !unexplained(current, candidate)) {
				continue;
			}
			List<String> reduced = reduced(shipped, accepted, candidate,
					formsByStem.getOrDefault(candidate, List.of()));
			if (stems(candidate).stream().anyMatch(listed::contains) || suffixed(candidate, listed, shipped)
					|| assimilated(candidate, listed, shipped)) {
				// Itself a derived form of a listed word ("urutan", "apakan"), or a word
				// whose nasal stands for a sound of a listed root ("mikir": pikir).
				continue;
			}
			Set<String> patterns = new HashSet<>();
			boolean rarerForm = false;
			for (String form : reduced) {
				String bare = Clitics.withoutPossessive(Clitics.withoutParticle(form));
				if (!bare.equals(candidate) && prefixed(bare, candidate)) {
					patterns.add(bare);
					rarerForm |= rank.get(form) > rank.get(candidate);
				}
			}
			// Two prefixed forms (three for a root of four letters), or for a longer
			// root one that is rarer than the root: "menghajar" and "dihajar" for
			// hajar; a name that some word happens to end in ("melinda", "selang") has
			// neither.
			int needed = 2;
			if ((patterns.size() >= needed || (patterns.size() == 1 && rarerForm && candidate.length() >= 6))
					&& !steals(current, shipped, accepted, candidate, words)) {
				if (System.getenv("MINER_DEBUG") != null) {
					System.out.println("root " + candidate + " " + reduced);
				}
				accepted.add(candidate);
				current = lemmatizer(shipped, accepted);
			}
		}
		// Then the frequent stand-alone words that nothing explains: a root the list
		// shows only bare (semut, daun) is still a root, and its derived forms in the
		// articles will find it.
		for (String candidate : byLength) {
			int needed = (candidate.length() > MIN_ROOT) ? FREQUENT : FREQUENT / 3;
			if (rank.get(candidate) < needed && isCandidate(candidate, shipped) && !accepted.contains(candidate)
					&& unexplained(current, candidate) && stems(candidate).stream().noneMatch(listed::contains)
					&& !suffixed(candidate, listed, shipped) && !assimilated(candidate, listed, shipped)
					&& !names.contains(candidate) && !steals(current, shipped, accepted, candidate, words)) {
				accepted.add(candidate);
				current = lemmatizer(shipped, accepted);
			}
		}
		return accepted;
	}

	/**
	 * Whether a new root would change the analysis of a listed word that the roots
	 * already explain: "member" would take "memberi" from beri.
	 */
	private static boolean steals(IndonesianLemmatizer current, Set<String> shipped, Set<String> accepted, String root,
			List<String> words) {
		IndonesianLemmatizer trial = null;
		for (String word : words) {
			if (word.length() <= root.length() || !word.contains(root)) {
				continue;
			}
			String before = current.lemma(word);
			if (before.equals(Clitics.withoutUnambiguous(word))) {
				continue;
			}
			if (trial == null) {
				Set<String> with = new HashSet<>(accepted);
				with.add(root);
				trial = lemmatizer(shipped, with);
			}
			if (!trial.lemma(word).equals(before)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isCandidate(String word, Set<String> shipped) {
		return word.length() >= MIN_ROOT && word.length() <= MAX_ROOT && letters(word) && !shipped.contains(word)
				&& !IndonesianAnalyzer.isStopWord(word);
	}

	private static boolean unexplained(IndonesianLemmatizer lemmatizer, String word) {
		return lemmatizer.lemma(word).equals(Clitics.withoutUnambiguous(word));
	}

	/** How many of the forms the lemmatizer reduces to the stem once it is a root. */
	private static int reducedForms(Set<String> shipped, Set<String> accepted, String stem, List<String> forms) {
		return reduced(shipped, accepted, stem, forms).size();
	}

	/** The forms the lemmatizer reduces to the stem once it is a root. */
	private static List<String> reduced(Set<String> shipped, Set<String> accepted, String stem, List<String> forms) {
		if (forms.isEmpty()) {
			return List.of();
		}
		Set<String> with = new HashSet<>(accepted);
		with.add(stem);
		IndonesianLemmatizer trial = lemmatizer(shipped, with);
		List<String> reduced = new ArrayList<>();
		for (String form : forms) {
			if (!form.equals(stem) && trial.lemma(form).equals(stem)) {
				reduced.add(form);
			}
		}
		return reduced;
	}

	/**
	 * The stems a word may have under one clitic, one suffix and one prefix, sound
	 * changes undone.
	 */
	static Set<String> stems(String word) {
		Set<String> stems = new HashSet<>();
		for (String clitic : CLITICS) {
			if (!word.endsWith(clitic)) {
				continue;
			}
			String bare = word.substring(0, word.length() - clitic.length());
			for (String suffix : SUFFIXES) {
				if (!bare.endsWith(suffix)) {
					continue;
				}
				String base = bare.substring(0, bare.length() - suffix.length());
				for (String[] prefix : PREFIXES) {
					if (base.startsWith(prefix[0])) {
						String stem = prefix[1] + base.substring(prefix[0].length());
						if (stem.length() >= MIN_ROOT && !stem.equals(word)) {
							stems.add(stem);
						}
					}
				}
			}
		}
		return stems;
	}

	/** Whether the word is a listed word with a suffix: "apakan" (apa), "urutan". */
	private static boolean suffixed(String word, Set<String> listed, Set<String> shipped) {
		for (String suffix : new String[] { "kan", "an", "i" }) {
			if (word.endsWith(suffix)) {
				String base = word.substring(0, word.length() - suffix.length());
				if (base.length() >= MIN_ROOT && (listed.contains(base) || shipped.contains(base))) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Whether the word's first sound is a prefix's nasal standing for a listed root's
	 * first sound, as colloquial speech keeps it: "mikir" (pikir), "nanya" (tanya),
	 * "ngambil" (ambil, kambil), "nyanyi" stays (there is no "sanyi").
	 */
	private static boolean assimilated(String word, Set<String> listed, Set<String> shipped) {
		List<String> roots = new ArrayList<>();
		if (word.startsWith("ny")) {
			roots.add("s" + word.substring(2));
		}
		else if (word.startsWith("ng")) {
			roots.add("k" + word.substring(2));
			roots.add(word.substring(2));
		}
		else if (word.startsWith("m")) {
			roots.add("p" + word.substring(1));
		}
		else if (word.startsWith("n")) {
			roots.add("t" + word.substring(1));
		}
		return roots.stream().anyMatch((r) -> r.length() >= 3 && (listed.contains(r) || shipped.contains(r)));
	}

	/** Whether a form carries a prefix that makes it a derived word of its root. */
	private static boolean prefixed(String form, String root) {
		if (form.startsWith(root)) {
			// Only a suffix added: "melambaikan" says nothing of "melambai" as a root.
			return false;
		}
		for (String[] prefix : PREFIXES) {
			if (prefix[0].length() >= 2 && !prefix[0].equals("se") && !prefix[0].equals("ke")
					&& form.startsWith(prefix[0]) && form.length() > root.length() + 1) {
				return true;
			}
		}
		return false;
	}

	private static IndonesianLemmatizer lemmatizer(Set<String> shipped, Set<String> accepted) {
		CharArraySet roots = new CharArraySet(shipped.size() + accepted.size(), false);
		roots.addAll(shipped);
		roots.addAll(accepted);
		return new IndonesianLemmatizer(Lexicon.of(roots.stream().map((c) -> new String((char[]) c)).toList(), 1));
	}

	private static boolean letters(String word) {
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (c < 'a' || c > 'z') {
				return false;
			}
		}
		return true;
	}

	private static List<String> read(Path input) throws IOException {
		JsonNode list = JsonMapper.builder().build().readTree(input.toFile());
		List<String> words = new ArrayList<>();
		for (JsonNode word : list) {
			String w = word.asString().toLowerCase(Locale.ROOT);
			if (letters(w)) {
				words.add(w);
			}
		}
		return words;
	}

	private static void write(Path output, Set<String> mined, int listed) throws IOException {
		try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
			out.write("# Indonesian roots mined for Warta's lemmatizer by RootMiner (src/test/java) from the\n");
			out.write("# " + listed
					+ " frequent words of @zxcvbn-ts/language-id 4.1.1 (MIT), whose word list is derived\n");
			out.write("# from OpenSubtitles 2024 via OPUS (https://opus.nlpl.eu/), licensed ODC-BY: see NOTICE.\n");
			out.write(
					"# A word is listed when the shipped roots (roots-id.txt, roots-everyday-id.txt) do not explain\n");
			out.write("# it and the list holds forms derived from it. Regenerate rather than edit; one root a line.\n");
			for (String root : mined) {
				out.write(root);
				out.write('\n');
			}
		}
	}

}
