package id.warta.article;

import org.jspecify.annotations.Nullable;

/**
 * What became of one imported file.
 *
 * @param source the file or URL
 * @param status whether it was stored, already there, or refused
 * @param articleId the stored article (new or existing), if any
 * @param message why it failed, or the stored article's title
 */
public record ImportResult(String source, Status status, @Nullable Long articleId, String message) {

	static ImportResult imported(String source, long id, String title) {
		return new ImportResult(source, Status.IMPORTED, id, title);
	}

	static ImportResult duplicate(String source, String title) {
		return new ImportResult(source, Status.DUPLICATE, null, title);
	}

	static ImportResult failed(String source, String reason) {
		return new ImportResult(source, Status.FAILED, null, reason);
	}

	/**
	 * The outcome of an import.
	 */
	public enum Status {

		IMPORTED, DUPLICATE, FAILED

	}

}
