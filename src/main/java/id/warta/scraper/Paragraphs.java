package id.warta.scraper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes blocks a page shows twice: pull quotes repeat a paragraph, a standfirst above
 * the article repeats one of its paragraphs, and a teaser shows a truncated copy of a
 * paragraph that also appears whole. Where the markup is known, a paragraph repeated in
 * the flow of the text (same parent, neither copy set apart) is the text's own and kept.
 */
final class Paragraphs {

	/**
	 * Shorter keys are too common ("Foto", "Baca juga") to call one a copy of another.
	 */
	private static final int MIN_PREFIX_KEY = 40;

	private Paragraphs() {
	}

	static List<Block> withoutRepeats(List<Block> blocks, String title) {
		return withoutRepeats(blocks, title, BlockPlaces.NONE);
	}

	static List<Block> withoutRepeats(List<Block> blocks, String title, BlockPlaces places) {
		int n = blocks.size();
		String[] keys = new String[n];
		for (int i = 0; i < n; i++) {
			keys[i] = key(blocks.get(i).text());
		}
		boolean[] drop = new boolean[n];
		markTruncatedCopies(keys, drop);
		String titleKey = key(title);
		Map<String, Integer> first = new HashMap<>();
		for (int i = 0; i < n; i++) {
			if (keys[i].isEmpty() || keys[i].equals(titleKey)) {
				drop[i] = true;
				continue;
			}
			if (drop[i]) {
				continue;
			}
			Integer earlier = first.putIfAbsent(keys[i], i);
			if (earlier == null) {
				continue;
			}
			if (places.inFlow(blocks.get(earlier), blocks.get(i))) {
				continue;
			}
			Block copy = places.copyOf(blocks.get(earlier), blocks.get(i));
			if (copy == null && places != BlockPlaces.NONE && !isOpening(earlier, drop)) {
				// Known markup and neither copy stands apart: text that says it twice.
				continue;
			}
			// A standfirst repeats a body paragraph: the body copy is the one in place.
			if (copy == blocks.get(earlier) || (copy == null && isOpening(earlier, drop))) {
				drop[earlier] = true;
				first.put(keys[i], i);
			}
			else {
				drop[i] = true;
			}
		}
		List<Block> kept = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			if (!drop[i]) {
				kept.add(blocks.get(i));
			}
		}
		if (kept.stream().noneMatch((b) -> b.kind() == Block.Kind.PARAGRAPH)) {
			// A page whose only text is its headline: that line is the text.
			for (int i = 0; i < n; i++) {
				if (keys[i].equals(titleKey) && !titleKey.isEmpty() && blocks.get(i).kind() == Block.Kind.PARAGRAPH) {
					return List.of(blocks.get(i));
				}
			}
		}
		return kept;
	}

	private static boolean isOpening(int index, boolean[] drop) {
		for (int i = 0; i < index; i++) {
			if (!drop[i]) {
				return false;
			}
		}
		return true;
	}

	/** Marks each block whose text is the start of a longer block's text. */
	private static void markTruncatedCopies(String[] keys, boolean[] drop) {
		Integer[] order = new Integer[keys.length];
		Arrays.setAll(order, (i) -> i);
		Arrays.sort(order, Comparator.comparing((Integer i) -> keys[i]));
		Set<String> seen = new HashSet<>();
		for (int k = 0; k + 1 < order.length; k++) {
			String shorter = keys[order[k]];
			String next = keys[order[k + 1]];
			if (shorter.length() >= MIN_PREFIX_KEY && next.length() > shorter.length() && next.startsWith(shorter)
					&& seen.add(shorter)) {
				for (int j = k; j >= 0 && keys[order[j]].equals(shorter); j--) {
					drop[order[j]] = true;
				}
			}
		}
	}

	private static String key(String text) {
		String stripped = text.strip();
		if (stripped.endsWith("...") || stripped.endsWith("…")) {
			// The last word of a truncated copy may be cut short.
			stripped = stripped.replaceAll("\\S*(\\.\\.\\.|…)$", "");
		}
		// Lower case, runs of anything but letters and digits as one space: by hand, as
		// this runs over every block of every page.
		StringBuilder key = new StringBuilder(stripped.length());
		boolean gap = false;
		for (int i = 0; i < stripped.length(); i++) {
			char c = stripped.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				if (gap && key.length() > 0) {
					key.append(' ');
				}
				gap = false;
				key.append(Character.toLowerCase(c));
			}
			else {
				gap = true;
			}
		}
		return key.toString();
	}

	static int wordCount(List<Block> blocks) {
		int count = 0;
		for (Block block : blocks) {
			// Runs of letters and digits, as [\p{L}\p{N}]+ would find them, without a
			// regex: this runs over every article's whole text.
			String text = block.text();
			boolean inWord = false;
			for (int i = 0; i < text.length();) {
				int cp = text.codePointAt(i);
				boolean wordChar = Character.isLetterOrDigit(cp);
				if (wordChar && !inWord) {
					count++;
				}
				inWord = wordChar;
				i += Character.charCount(cp);
			}
		}
		return count;
	}

}
