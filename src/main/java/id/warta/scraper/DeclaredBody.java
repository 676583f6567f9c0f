package id.warta.scraper;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;

/**
 * The article text a page declares in its JSON-LD {@code articleBody}, as a check on the
 * text read from the page: when the page's containers hide most of the declared text (it
 * is rendered by script, or split where no container holds it), the declared text is the
 * better body.
 */
final class DeclaredBody {

	/** Shorter declarations are summaries, not the article. */
	private static final int MIN_CHARS = 500;

	/**
	 * Below this share of the declared words found in the read body, it missed the
	 * article.
	 */
	private static final double MIN_COVERAGE = 0.6;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\s*(?:\\r?\\n)+\\s*");

	private DeclaredBody() {
	}

	/**
	 * The body to keep: the one read from the page, or the declared one when the read one
	 * misses most of it.
	 */
	static List<Block> check(List<Block> read, String declared) {
		if (declared.length() < MIN_CHARS) {
			return read;
		}
		String text = declared.contains("<") ? Jsoup.parse(declared).text() : declared;
		Set<String> found = new HashSet<>();
		for (Block block : read) {
			WORD.matcher(block.text().toLowerCase(Locale.ROOT)).results().forEach((m) -> found.add(m.group()));
		}
		int total = 0;
		int covered = 0;
		var words = WORD.matcher(text.toLowerCase(Locale.ROOT));
		while (words.find()) {
			total++;
			if (found.contains(words.group())) {
				covered++;
			}
		}
		if (total == 0 || covered >= total * MIN_COVERAGE) {
			return read;
		}
		List<Block> blocks = new ArrayList<>();
		for (String paragraph : PARAGRAPH_BREAK.split(text.strip())) {
			if (!paragraph.isBlank()) {
				blocks.add(Block.paragraph(paragraph.strip()));
			}
		}
		return blocks;
	}

}
