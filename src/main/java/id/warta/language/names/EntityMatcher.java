package id.warta.language.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.warta.language.Acronyms;

/**
 * Finds the gazetteer's names in text, longest name first, with the case that names are
 * written in: an acronym only in capitals ("AS", never "as"; "UN", never the "Un" of "Kim
 * Jong Un"), a name only with its capitals. Hyphens part words ("Kim Jong-un" is "Kim
 * Jong Un"). A person named in full may then be named by the first or the last word of
 * the name ("Lavrov", "Kim"), unless the word runs on into another name ("Kim Jong-dae").
 */
final class EntityMatcher {

	/** Longest name, in words. */
	private static final int MAX_WORDS = 8;

	private final Node root = new Node();

	EntityMatcher(Collection<Entity> entities) {
		for (Entity entity : entities) {
			for (String name : entity.names()) {
				add(name, entity, false);
			}
			for (String metonym : entity.metonyms()) {
				add(metonym, entity, true);
			}
		}
	}

	private void add(String name, Entity entity, boolean metonym) {
		List<Token> tokens = tokens(name);
		if (tokens.isEmpty() || tokens.size() > MAX_WORDS) {
			return;
		}
		Node node = this.root;
		for (Token token : tokens) {
			node = node.children.computeIfAbsent(token.key(), (key) -> new Node());
		}
		// Spellings that differ in case ("Kim Jong Un", "Kim Jong-un") share the node.
		node.targets.add(new Target(entity, tokens.stream().map(Token::text).toList(), metonym));
	}

	Mentions find(String text) {
		List<Token> tokens = tokens(text);
		Mention[] at = new Mention[tokens.size()];
		int[] spans = new int[tokens.size()];
		List<Mention> found = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			int matched = match(text, tokens, i, at);
			if (matched > 0) {
				spans[i] = matched;
				found.add(at[i]);
				i += matched;
			}
			else {
				i++;
			}
		}
		found.addAll(shortForms(text, tokens, at, spans, found));
		found.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return new Mentions(found);
	}

	/**
	 * Matches the longest name at token {@code i}.
	 * @return the number of tokens matched, 0 for none
	 */
	private int match(String text, List<Token> tokens, int i, Mention[] at) {
		Node node = this.root;
		Target best = null;
		int bestLength = 0;
		for (int k = i; k < tokens.size() && k - i < MAX_WORDS; k++) {
			if (k > i && !joined(text, tokens.get(k - 1), tokens.get(k))) {
				break;
			}
			node = node.children.get(tokens.get(k).key());
			if (node == null) {
				break;
			}
			for (Target target : node.targets) {
				if (casesAgree(target.words(), tokens.subList(i, k + 1))) {
					best = target;
					bestLength = k - i + 1;
					break;
				}
			}
		}
		if (best == null) {
			return 0;
		}
		// A one-word metonym that runs on into a capitalised word is part of another
		// name:
		// "Washington Post", "Beijing Capital".
		if (best.metonym() && bestLength == 1 && runsOn(text, tokens, i)) {
			return 0;
		}
		Token first = tokens.get(i);
		Token last = tokens.get(i + bestLength - 1);
		at[i] = new Mention(best.entity(), first.start(), last.end(), text.substring(first.start(), last.end()));
		return bestLength;
	}

	/**
	 * Persons named in full may be named again by the first or last word of a name of
	 * theirs, when no other person named in full shares that word.
	 */
	private List<Mention> shortForms(String text, List<Token> tokens, Mention[] at, int[] spans, List<Mention> found) {
		Map<String, Set<Entity>> byWord = new HashMap<>();
		Set<String> named = new HashSet<>();
		for (Mention mention : found) {
			Entity person = mention.entity();
			if (person.kind() != EntityKind.PERSON || !named.add(person.slug())) {
				continue;
			}
			for (String name : person.names()) {
				List<Token> words = tokens(name);
				if (words.size() >= 2) {
					for (Token word : List.of(words.get(0), words.get(words.size() - 1))) {
						if (word.text().length() >= 2 && Character.isUpperCase(word.text().charAt(0))) {
							byWord.computeIfAbsent(word.key(), (key) -> new HashSet<>()).add(person);
						}
					}
				}
			}
		}
		List<Mention> more = new ArrayList<>();
		if (byWord.isEmpty()) {
			return more;
		}
		boolean[] covered = new boolean[tokens.size()];
		for (int i = 0; i < tokens.size(); i++) {
			for (int k = 0; k < spans[i]; k++) {
				covered[i + k] = true;
			}
		}
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			Set<Entity> persons = covered[i] ? null : byWord.get(token.key());
			if (persons == null || persons.size() != 1 || !Character.isUpperCase(token.text().charAt(0))
					|| runsOn(text, tokens, i)) {
				continue;
			}
			more.add(new Mention(persons.iterator().next(), token.start(), token.end(), token.text()));
		}
		return more;
	}

	/** Whether the next word follows with only a space between and is capitalised. */
	private static boolean runsOn(String text, List<Token> tokens, int i) {
		if (i + 1 >= tokens.size()) {
			return false;
		}
		Token next = tokens.get(i + 1);
		return joined(text, tokens.get(i), next) && Character.isUpperCase(next.text().charAt(0));
	}

	/** Whether two tokens are parted only by one space or one hyphen. */
	private static boolean joined(String text, Token a, Token b) {
		int gap = b.start() - a.end();
		if (gap != 1) {
			return false;
		}
		char c = text.charAt(a.end());
		return c == ' ' || c == '-' || c == '\u00a0' || c == '\u2011';
	}

	private static boolean casesAgree(List<String> name, List<Token> text) {
		for (int k = 0; k < name.size(); k++) {
			String word = name.get(k);
			String written = text.get(k).text();
			if (Acronyms.isAcronym(word)) {
				if (!written.equals(word)) {
					return false;
				}
			}
			else if (Character.isUpperCase(word.charAt(0)) && !Character.isUpperCase(written.charAt(0))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A name as compared: its words lower case, without accents, one space between.
	 */
	static String key(String name) {
		StringBuilder key = new StringBuilder();
		for (Token token : tokens(name)) {
			key.append(key.isEmpty() ? "" : " ").append(token.key());
		}
		return key.toString();
	}

	/**
	 * The words of a text: letters and digits, with apostrophes inside a word kept
	 * ("Ma'ruf").
	 */
	static List<Token> tokens(String text) {
		List<Token> tokens = new ArrayList<>();
		int length = text.length();
		int i = 0;
		while (i < length) {
			while (i < length && !Character.isLetterOrDigit(text.charAt(i))) {
				i++;
			}
			int start = i;
			while (i < length && (Character.isLetterOrDigit(text.charAt(i)) || (isApostrophe(text.charAt(i))
					&& i + 1 < length && Character.isLetter(text.charAt(i + 1)) && i > start))) {
				i++;
			}
			if (i > start) {
				String word = text.substring(start, i);
				tokens.add(new Token(word, fold(word), start, i));
			}
		}
		return tokens;
	}

	private static boolean isApostrophe(char c) {
		return c == '\'' || c == '\u2019';
	}

	private static String fold(String word) {
		boolean ascii = true;
		for (int i = 0; i < word.length() && ascii; i++) {
			ascii = word.charAt(i) < 128;
		}
		String plain = ascii ? word : Normalizer.normalize(word, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		return plain.toLowerCase(Locale.ROOT).replace("\u2019", "").replace("'", "");
	}

	record Token(String text, String key, int start, int end) {
	}

	private record Target(Entity entity, List<String> words, boolean metonym) {
	}

	private static final class Node {

		final Map<String, Node> children = new HashMap<>(4);

		final List<Target> targets = new ArrayList<>(1);

	}

}
