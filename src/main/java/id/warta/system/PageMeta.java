package id.warta.system;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * What a page tells search engines and link previews about itself: its canonical address
 * and its Open Graph title, description, type and date. Text only; the layout escapes it.
 *
 * @param canonical the page's absolute address
 * @param title its title
 * @param description a sentence or two of what it says
 * @param type the Open Graph type ({@code article}, {@code website})
 * @param published when an article was published, if known
 */
public record PageMeta(String canonical, String title, String description, String type,
		@Nullable OffsetDateTime published) {

	/** Longest description shown in a preview. */
	public static final int MAX_DESCRIPTION = 300;

	public PageMeta {
		description = shortened(description);
	}

	private static String shortened(String text) {
		String t = text.strip();
		if (t.length() <= MAX_DESCRIPTION) {
			return t;
		}
		int cut = t.lastIndexOf(' ', MAX_DESCRIPTION - 1);
		return t.substring(0, (cut > MAX_DESCRIPTION / 2) ? cut : MAX_DESCRIPTION - 1) + "…";
	}

}
