package id.warta.story;

import id.warta.language.names.Entity;
import id.warta.language.names.Gazetteer;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The values the reader's addresses carry, read the same way by every page, feed and API
 * answer: an unknown one is a 404, never an error.
 */
final class PathValues {

	/** No entity's slug is longer. */
	private static final int MAX_SLUG = 100;

	private PathValues() {
	}

	/** A story's or an article's number. */
	static long number(String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	/** An entity of the gazetteer by its slug. */
	static Entity entity(String slug) {
		Entity entity = (slug.length() <= MAX_SLUG) ? Gazetteer.standard().bySlug(slug).orElse(null) : null;
		if (entity == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return entity;
	}

}
