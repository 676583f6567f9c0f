package id.warta.language.names;

import java.util.Locale;

/**
 * What a gazetteer entry is.
 */
public enum EntityKind {

	COUNTRY, ORGANISATION, INSTITUTION, PERSON, PLACE;

	/** The kind as the gazetteer file writes it. */
	static EntityKind parse(String text) {
		return valueOf(text.strip().toUpperCase(Locale.ROOT));
	}

	/** The kind as the gazetteer file and URLs write it. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
