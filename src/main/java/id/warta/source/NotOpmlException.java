package id.warta.source;

/**
 * An upload for the OPML import that is no OPML file: no {@code <opml>} root.
 */
public class NotOpmlException extends IllegalArgumentException {

	NotOpmlException() {
		super("not an OPML file: no <opml> root element");
	}

}
