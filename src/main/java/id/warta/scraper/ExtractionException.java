package id.warta.scraper;

/**
 * Input that cannot be read or holds no article. The message is one line, fit to show a
 * user.
 */
public class ExtractionException extends Exception {

	public ExtractionException(String message) {
		super(message);
	}

	public ExtractionException(String message, Throwable cause) {
		super(message, cause);
	}

}
