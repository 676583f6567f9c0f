package id.warta.scraper;

import java.util.IdentityHashMap;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Where each block of an HTML body stood: the element holding its paragraph and whether
 * it was set apart from the text (a {@code blockquote} or a pull-quote box). A repeated
 * paragraph is a pull quote or a standfirst only when one copy stands apart; a verbatim
 * repeat among the text's own paragraphs is text. A text dump has no markup: there
 * ({@link #NONE}) every repeat counts as a copy.
 */
final class BlockPlaces {

	/** No markup is known: every repeat is taken for a copy. */
	static final BlockPlaces NONE = new BlockPlaces();

	private final Map<Block, Place> places = new IdentityHashMap<>();

	/** How many blocks each parent holds. */
	private final Map<Element, Integer> counts = new IdentityHashMap<>();

	void put(Block block, @Nullable Element parent, boolean apart) {
		if (this != NONE) {
			this.places.put(block, new Place(parent, apart));
			if (parent != null) {
				this.counts.merge(parent, 1, Integer::sum);
			}
		}
	}

	/**
	 * Whether two blocks are paragraphs of the same run of text: both read from the page,
	 * neither set apart, under the same element.
	 */
	boolean inFlow(Block a, Block b) {
		Place pa = this.places.get(a);
		Place pb = this.places.get(b);
		return pa != null && pb != null && !pa.apart() && !pb.apart() && pa.parent() != null
				&& pa.parent() == pb.parent();
	}

	/**
	 * Of two blocks with the same text, the one that is a copy: the one set apart (in a
	 * quote or a pull-quote box), else the one alone in a box of its own beside the
	 * other's text; {@code null} when neither shows itself as the copy.
	 */
	@Nullable Block copyOf(Block earlier, Block later) {
		Place a = this.places.get(earlier);
		Place b = this.places.get(later);
		if (a == null || b == null) {
			return null;
		}
		if (b.apart() || a.apart()) {
			return b.apart() ? later : earlier;
		}
		if (a.parent() == b.parent()) {
			return null;
		}
		if (alone(b)) {
			return later;
		}
		return alone(a) ? earlier : null;
	}

	private boolean alone(Place place) {
		return place.parent() != null && this.counts.getOrDefault(place.parent(), 0) == 1;
	}

	private record Place(@Nullable Element parent, boolean apart) {
	}

}
