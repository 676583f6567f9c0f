package id.warta.scraper;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The last sieve over an HTML body's blocks: drops chrome lines, teasers announced by a
 * "Baca juga" line, credit footers (the credited sources are kept), pagers, and stops at
 * a comment section. Subheadings left at the end introduce something that was dropped.
 */
final class BodyLines {

	private BodyLines() {
	}

	/**
	 * Cleans the blocks.
	 * @param blocks the blocks as collected
	 * @param credits collects the sources of credit lines
	 * @param footerAuthor receives the writer a credit footer names ("Pewarta: …")
	 * @return the article's blocks
	 */
	static List<Block> clean(List<Block> blocks, CitedSources credits, Consumer<String> footerAuthor) {
		List<Block> kept = new ArrayList<>(blocks.size());
		boolean skipTeaser = false;
		for (Block block : blocks) {
			String text = block.text();
			if (skipTeaser) {
				skipTeaser = false;
				if (text.length() < 200) {
					continue;
				}
			}
			if (BoilerplateLines.opensComments(text)) {
				break;
			}
			if (BoilerplateLines.announcesTeaser(text)) {
				skipTeaser = true;
				continue;
			}
			if (text.length() < 150 && Bylines.isFooter(text)) {
				Bylines.footer(text).ifPresent(footerAuthor);
				continue;
			}
			if (text.length() < 150 && (credits.acceptCreditLine(text) || Pagers.isPager(text))) {
				continue;
			}
			// Chrome lines are short; the line patterns are costly on long paragraphs.
			if (text.length() < 300 && BoilerplateLines.isBoilerplate(text)) {
				continue;
			}
			kept.add(block);
		}
		while (!kept.isEmpty() && kept.get(kept.size() - 1).kind() == Block.Kind.HEADING) {
			kept.remove(kept.size() - 1);
		}
		return kept;
	}

}
