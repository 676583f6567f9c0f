package id.warta.language.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.warta.language.IndonesianAnalyzer;
import org.jspecify.annotations.Nullable;

/**
 * Finds who an Indonesian news article quotes, from its reporting verbs: a quote followed
 * by the verb and the speaker ({@code "…," kata Retno}, {@code ujar juru bicara Kremlin
 * Dmitry Peskov}), a speaker followed by the verb ({@code Lavrov mengatakan bahwa …},
 * {@code Kim menegaskan …}), and {@code menurut X, …}. A pronoun ({@code katanya},
 * {@code kata dia}) is the speaker quoted last. Speakers resolve to gazetteer people
 * (and, when no person is named, to the institution that speaks) through the article's
 * mentions; titles are left out of the names.
 */
public final class QuotedSpeakers {

	/** Verbs that follow a quote: "…," kata X. */
	private static final String AFTER_QUOTE = "kata|ujar|ucap|tutur|tegas|jelas|imbuh|tambah|ungkap|sebut|terang|papar"
			+ "|lanjut|pungkas|tandas|seru|aku|klaim";

	/** Verbs that follow a speaker: X mengatakan … */
	private static final String AFTER_SPEAKER = "mengatakan|menyatakan|menegaskan|menjelaskan|mengungkapkan|menyebutkan"
			+ "|menyebut|menambahkan|berkata|menuturkan|mengklaim|memperingatkan|menilai|mengakui|menekankan|menyampaikan"
			+ "|mengumumkan|berujar|said|told|stated";

	private static final String QUOTE_OPEN = "[\"“”„«]";

	private static final String QUOTE_CLOSE = "[\"”“»]";

	private static final Pattern QUOTE_THEN_VERB = Pattern.compile(QUOTE_OPEN + "([^\"“”„«»]{8,1500}?)" + QUOTE_CLOSE
			+ "\\s*[,.!?]?\\s*(?:(" + AFTER_QUOTE + ")(?:nya)?\\b)([^.;:\"“”]{0,160})", Pattern.CASE_INSENSITIVE);

	private static final Pattern SPEAKER_THEN_VERB = Pattern.compile(
			"([\\p{Lu}][^.,;:!?\"“”]{0,120}?)\\s+(?:" + AFTER_SPEAKER + ")\\b[,:]?\\s*(?:bahwa\\s+)?([^\\n]{0,400})");

	/** A verb of {@link #SPEAKER_THEN_VERB} where it can end the speaker's name. */
	private static final Pattern SPEAKER_VERB = Pattern.compile("(?<=\\s)(?:" + AFTER_SPEAKER + ")\\b");

	/** The longest name {@link #SPEAKER_THEN_VERB} reads before its verb. */
	private static final int MAX_SPEAKER = 120;

	private static final Pattern ACCORDING_TO = Pattern
		.compile("\\b[Mm]enurut\\s+([^,.;:\"“”]{2,120}),\\s*([^\\n]{8,400})");

	/**
	 * Where a speaker's name ends: "kata Retno kepada wartawan", "ujar Lavrov dalam …".
	 */
	private static final Pattern SPEAKER_END = Pattern
		.compile("\\s+(?:kepada|dalam|di|saat|ketika|seperti|usai|setelah|sebelum|pada|dari|yang|dan|melalui|lewat|via|"
				+ "sambil|seraya|sebagaimana|sembari|selepas|menurut|to|in|at|on|during|after)\\b|[,(]");

	private static final Set<String> PRONOUNS = Set.of("dia", "ia", "beliau", "mereka", "nya", "he", "she");

	/** Words of titles and roles, left out of a speaker's name. */
	private static final Set<String> TITLES = Set.copyOf(java.util.Arrays.asList("presiden", "wakil", "wapres",
			"menteri", "menlu", "menkeu", "menhan", "mendag", "menko", "menkopolhukam", "menteri-menteri", "luar",
			"negeri", "dalam", "pertahanan", "keuangan", "perdagangan", "koordinator", "bidang", "perdana", "pm",
			"juru", "bicara", "jubir", "sekretaris", "jenderal", "sekjen", "kepala", "ketua", "umum", "direktur",
			"eksekutif", "gubernur", "duta", "besar", "dubes", "panglima", "kapolri", "staf", "pemimpin", "tertinggi",
			"raja", "ratu", "pangeran", "putra", "mahkota", "kanselir", "senator", "anggota", "parlemen", "analis",
			"pengamat", "peneliti", "profesor", "prof", "dr", "guru", "pakar", "ahli", "pejabat", "kepala", "negara",
			"pemerintahan", "laksamana", "marsekal", "jenderal", "kolonel", "letnan", "mayor", "kapten", "sang",
			"mantan", "eks", "former", "president", "minister", "foreign", "secretary", "general", "spokesperson",
			"spokesman", "chief", "head", "prime", "deputy", "ambassador", "bapak", "ibu", "pak", "bu", "tuan",
			"nyonya", "sdr", "saudara", "para", "sejumlah", "seorang"));

	private final Gazetteer gazetteer;

	public QuotedSpeakers(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	/**
	 * The quotes of an article's paragraphs, in order.
	 * @param paragraphs the body's paragraphs
	 */
	public List<Quote> find(List<String> paragraphs) {
		String text = String.join("\n", paragraphs);
		Mentions mentions = this.gazetteer.mentions(text);
		List<Quote> quotes = new ArrayList<>();
		int offset = 0;
		for (int p = 0; p < paragraphs.size(); p++) {
			String paragraph = paragraphs.get(p);
			if (paragraph.length() <= 20_000) {
				read(paragraph, offset, p, mentions, quotes);
			}
			offset += paragraph.length() + 1;
		}
		return unify(quotes);
	}

	private void read(String paragraph, int offset, int index, Mentions mentions, List<Quote> quotes) {
		List<int[]> taken = new ArrayList<>();
		Matcher quoted = QUOTE_THEN_VERB.matcher(paragraph);
		while (quoted.find()) {
			Speaker speaker = speaker(quoted.group(3), offset + quoted.start(3), mentions, true);
			if (speaker == null) {
				speaker = pronounSpeaker(quoted.group(2), quoted.group(3), quotes);
			}
			if (speaker != null) {
				quotes.add(new Quote(speaker.name(), speaker.entity(), clean(quoted.group(1)), true, index));
				taken.add(new int[] { quoted.start(), quoted.end() });
			}
		}
		Matcher said = SPEAKER_THEN_VERB.matcher(paragraph);
		Matcher verb = SPEAKER_VERB.matcher(paragraph);
		for (int from = 0; findSaid(said, verb, paragraph, from); from = said.end()) {
			int start = said.start();
			if (overlaps(taken, start, said.end(1))) {
				continue;
			}
			Speaker speaker = speaker(said.group(1), offset + said.start(1), mentions, false);
			if (speaker != null) {
				quotes.add(new Quote(speaker.name(), speaker.entity(), clause(said.group(2)), isQuote(said.group(2)),
						index));
				taken.add(new int[] { start, said.end() });
			}
		}
		Matcher according = ACCORDING_TO.matcher(paragraph);
		while (according.find()) {
			if (overlaps(taken, according.start(), according.end(1))) {
				continue;
			}
			Speaker speaker = speaker(according.group(1), offset + according.start(1), mentions, true);
			if (speaker != null) {
				quotes.add(new Quote(speaker.name(), speaker.entity(), clause(according.group(2)),
						isQuote(according.group(2)), index));
			}
		}
	}

	/**
	 * {@link #SPEAKER_THEN_VERB}'s next match from {@code from}, found from near its
	 * verb: a match starts at most {@value #MAX_SPEAKER} characters and a run of spaces
	 * before the first verb after {@code from}, so the regular expression is tried from
	 * there rather than at every capital letter of the paragraph. The same matches, in a
	 * fraction of the time.
	 */
	private static boolean findSaid(Matcher said, Matcher verb, String paragraph, int from) {
		if (from > paragraph.length() || !verb.find(from)) {
			return false;
		}
		int space = verb.start();
		while (space > 0 && isRegexSpace(paragraph.charAt(space - 1))) {
			space--;
		}
		said.region(Math.max(from, space - MAX_SPEAKER - 1), paragraph.length());
		return said.find();
	}

	/** Whether {@code \s} matches it (without Unicode classes). */
	private static boolean isRegexSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

	/**
	 * The speaker named in a span of text.
	 * @param leading whether the name starts the span ("kata Retno kepada …") rather than
	 * ending it ("Juru bicara Kremlin Dmitry Peskov [mengatakan]")
	 */
	private @Nullable Speaker speaker(String span, int spanStart, Mentions mentions, boolean leading) {
		String name = span;
		int start = 0;
		if (leading) {
			Matcher end = SPEAKER_END.matcher(name);
			if (end.find()) {
				name = name.substring(0, end.start());
			}
		}
		String stripped = name.strip();
		start += name.indexOf(stripped);
		if (stripped.isEmpty()) {
			return null;
		}
		String firstWord = stripped.split("\\s+")[0].toLowerCase(Locale.ROOT);
		if (PRONOUNS.contains(firstWord)) {
			return null;
		}
		if (Agencies.standard().find(stripped).isPresent()) {
			// "menurut KCNA": a source that reports, not a speaker.
			return null;
		}
		int absoluteStart = spanStart + start;
		int absoluteEnd = absoluteStart + stripped.length();
		Optional<Mention> person = mentions.lastPersonWithin(absoluteStart, absoluteEnd);
		if (person.isPresent()) {
			return new Speaker(person.get().entity().name(), person.get().entity());
		}
		String personal = personalName(stripped, mentions.within(absoluteStart, absoluteEnd), absoluteStart, leading);
		if (personal != null) {
			return new Speaker(personal, null);
		}
		// No person: the institution or country that speaks ("kata Kementerian Luar
		// Negeri").
		// The speaker stands next to the verb: right after "kata", right before
		// "mengatakan".
		List<Mention> named = mentions.within(absoluteStart, absoluteEnd);
		Mention speaking = null;
		for (Mention mention : named) {
			boolean adjacent = leading
					? span.substring(0, Math.max(0, mention.start() - spanStart)).strip().split("\\s+").length <= 4
					: absoluteEnd - mention.end() <= 1;
			if (adjacent && mention.entity().kind() != EntityKind.COUNTRY
					&& mention.entity().kind() != EntityKind.PLACE) {
				speaking = mention;
			}
		}
		return (speaking != null) ? new Speaker(speaking.entity().name(), speaking.entity()) : null;
	}

	/**
	 * The run of capitalised words at the end of a speaker's span that is no title and no
	 * entity's name: "Menteri Luar Negeri Jepang Yoko Kamikawa" → "Yoko Kamikawa".
	 */
	private static @Nullable String personalName(String span, List<Mention> named, int spanStart, boolean leading) {
		String[] words = span.split("\\s+");
		List<String> name = new ArrayList<>();
		int position = span.length();
		for (int i = words.length - 1; i >= 0; i--) {
			String word = words[i];
			position = span.lastIndexOf(word, position - 1);
			int absolute = spanStart + position;
			boolean inEntity = named.stream().anyMatch((m) -> absolute >= m.start() && absolute < m.end());
			String bare = word.replaceAll("^[^\\p{L}]+|[^\\p{L}.'’-]+$", "");
			boolean lower = bare.isEmpty() || !Character.isUpperCase(bare.charAt(0));
			if ((lower || inEntity) && !leading && name.isEmpty()) {
				// "… pada masa perang yang mengatakan": the word before the verb is no
				// name;
				// "Korsel mengatakan": an entity speaks, which the caller tells.
				return null;
			}
			if (lower || inEntity || TITLES.contains(bare.toLowerCase(Locale.ROOT).replace(".", ""))) {
				if (!name.isEmpty()) {
					break;
				}
				continue;
			}
			name.add(0, bare);
		}
		if (name.isEmpty() || name.size() > 5 || name.stream().anyMatch(QuotedSpeakers::isNoNameWord)) {
			return null;
		}
		String joined = String.join(" ", name);
		return (joined.length() >= 3 && Agencies.standard().find(joined).isEmpty()) ? joined : null;
	}

	/**
	 * Whether a capitalised word is an ordinary word that starts a sentence ("Sebuah",
	 * "Dalam") or a reduplicated noun ("Teman-teman"), not a name.
	 */
	private static boolean isNoNameWord(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		int hyphen = lower.indexOf('-');
		if (hyphen > 0 && lower.substring(hyphen + 1).startsWith(lower.substring(0, hyphen))) {
			return true;
		}
		return IndonesianAnalyzer.isStopWord(lower) || IndonesianAnalyzer.sharedLexicon().isShippedRoot(lower);
	}

	/**
	 * Names a speaker once: "Kelly" after "Robert Kelly" is Robert Kelly.
	 */
	private static List<Quote> unify(List<Quote> quotes) {
		List<Quote> unified = new ArrayList<>(quotes.size());
		for (Quote quote : quotes) {
			Quote named = quote;
			if (quote.entity() == null && !quote.speaker().contains(" ")) {
				for (Quote earlier : unified) {
					String[] words = earlier.speaker().split(" ");
					if (earlier.entity() == null && words.length > 1
							&& (words[words.length - 1].equals(quote.speaker()) || words[0].equals(quote.speaker()))) {
						named = new Quote(earlier.speaker(), null, quote.text(), quote.direct(), quote.paragraph());
						break;
					}
				}
			}
			unified.add(named);
		}
		return unified;
	}

	private static @Nullable Speaker pronounSpeaker(String verb, String after, List<Quote> quotes) {
		String rest = after.strip().toLowerCase(Locale.ROOT);
		boolean pronoun = verb.toLowerCase(Locale.ROOT).endsWith("nya") || rest.isEmpty()
				|| PRONOUNS.contains(rest.split("\\s+")[0].replaceAll("[^\\p{L}]", ""));
		if (!pronoun || quotes.isEmpty()) {
			return null;
		}
		Quote last = quotes.get(quotes.size() - 1);
		return new Speaker(last.speaker(), last.entity());
	}

	private static boolean overlaps(List<int[]> taken, int start, int end) {
		return taken.stream().anyMatch((span) -> start < span[1] && end > span[0]);
	}

	private static boolean isQuote(String clause) {
		return clause.strip().matches("^" + QUOTE_OPEN + ".*");
	}

	/** The reported clause up to the end of its sentence. */
	private static String clause(String text) {
		// "menegaskan kembali bahwa …": the adverb belongs to the verb.
		String clause = text.strip()
			.replaceFirst("^(?i:kembali|pula|juga|lagi|lebih lanjut)\\b[,\\s]*(?:bahwa\\s+)?", "");
		Matcher end = Pattern.compile("(?<=[.!?][\"”]?)\\s+(?=\\p{Lu})").matcher(clause);
		if (end.find()) {
			clause = clause.substring(0, end.start());
		}
		return clean(clause);
	}

	private static String clean(String text) {
		String cleaned = text.strip().replaceAll("\\s+", " ").replaceAll("^[\"“”„«,\\s]+|[\"“”»,\\s]+$", "");
		return (cleaned.length() > 600) ? cleaned.substring(0, 599).stripTrailing() + "…" : cleaned;
	}

	private record Speaker(String name, @Nullable Entity entity) {
	}

}
