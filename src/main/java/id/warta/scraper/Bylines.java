package id.warta.scraper;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises an author: a labelled byline ("By …", "Oleh …", "Penulis: …", "Pewarta: …")
 * or a lone name line under the title.
 */
final class Bylines {

	private static final Pattern LABELLED = Pattern.compile(
			"^(?i:by|oleh|penulis|reporter|rep|pewarta|author|ditulis oleh|diposting oleh|posted by|written by|laporan wartawan)\\s*[:|,-]?\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|bin|binti|de|van|al|and|dan|&)){0,5})\\s*(?:[|,;·•/].*)?$");

	/** "Laporan Wartawan Tribunnews.com, Reza Deni": the reporter after the outlet. */
	private static final Pattern REPORTER_OF = Pattern.compile(
			"^(?i:laporan\\s+(?:wartawan|reporter|koresponden))\\s+[^,]{2,40},\\s*(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,4})\\s*(?:[|,;·•].*)?$");

	private static final Pattern EDITOR = Pattern
		.compile("^(?i:editor|penyunting|redaktur|editing by|uploader|sunting)\\s*:.{1,80}$");

	private static final Pattern FOOTER = Pattern
		.compile("^(?:(?i:pewarta|penulis|reporter|writer)\\s*:|(?i:reporting by))"
				+ "\\s*([^:;|]{2,60}?)(?:\\s*[;|]?\\s+(?i:editor|editing by|penyunting|redaktur)\\b.*)?$");

	private static final Pattern NAME_WITH_OUTLET = Pattern.compile(
			"^(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,4})\\s+[-|–]\\s+(\\p{L}+(?:\\p{Lu}|\\.)[\\p{L}.]*)$");

	private static final Pattern LONE_NAME = Pattern
		.compile("^\\p{Lu}[\\p{L}'’-]*\\.?(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*\\.?|bin|binti|de|van|al)){0,3}$");

	/** Section names that stand alone like a name would. */
	private static final Set<String> SECTIONS = Set.of("news", "berita", "politik", "internasional", "dunia", "world",
			"entertainment", "ekonomi", "bisnis", "business", "opini", "opinion", "nasional", "hukum", "olahraga",
			"sport", "sports", "tekno", "teknologi", "technology", "global", "asia", "headline", "headlines",
			"uncategorized", "international", "politics", "lifestyle", "metro", "daerah", "regional", "analysis",
			"analisis", "editorial", "features", "feature", "breaking news", "advertorial", "kolom", "column",
			"opinion columnist", "columnist", "staff writer", "the associated press", "associated press", "reuters",
			"admin", "redaksi", "published", "updated", "perang", "military", "militer", "keamanan", "security");

	private Bylines() {
	}

	/** A byline with a label, anywhere in the header. */
	static Optional<String> labelled(String line) {
		if (line.length() > 120) {
			return Optional.empty();
		}
		Matcher reporter = REPORTER_OF.matcher(line);
		if (reporter.matches()) {
			return Optional.of(reporter.group(1).strip());
		}
		Matcher m = LABELLED.matcher(line);
		if (m.matches() && !SECTIONS.contains(m.group(1).toLowerCase(java.util.Locale.ROOT))
				&& Mastheads.masthead(m.group(1)).isEmpty()) {
			return Optional.of(m.group(1).strip());
		}
		return Optional.empty();
	}

	/** A byline that names the outlet too: "Rahel Narda Chaterine - detikNews". */
	static Optional<WithOutlet> withOutlet(String line) {
		Matcher m = NAME_WITH_OUTLET.matcher(line);
		return (m.matches() && line.length() < 80) ? Optional.of(new WithOutlet(m.group(1), m.group(2)))
				: Optional.empty();
	}

	/**
	 * The author named by a page's visible byline element: labelled ("Oleh: …", "Penulis:
	 * … Editor: …", "Laporan wartawan …, …"), with the outlet ("Nama - detikNews") or a
	 * name alone.
	 */
	static Optional<String> visible(String text) {
		for (String part : text.split("\\s+\\|\\s+")) {
			Optional<String> found = visiblePart(part.strip());
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	private static Optional<String> visiblePart(String line) {
		Optional<String> found = labelled(line);
		if (found.isEmpty()) {
			found = footer(line);
		}
		if (found.isEmpty()) {
			found = withOutlet(line).map(WithOutlet::author);
		}
		// "Rahman Asmardika, Jurnalis": a name with its role.
		return found.isPresent() ? found : loneName(line.replaceFirst(",\\s*\\p{L}+$", ""));
	}

	/** A "Pewarta: …" line at the foot of the article. */
	static Optional<String> footer(String line) {
		Matcher m = FOOTER.matcher(line);
		return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
	}

	/** Whether the line is a credit footer ("Pewarta: …", "Editor: …"), not body text. */
	static boolean isFooter(String line) {
		return FOOTER.matcher(line).matches() || EDITOR.matcher(line).matches();
	}

	/**
	 * A byline naming its outlet.
	 *
	 * @param author the writer
	 * @param outlet the outlet after the dash
	 */
	record WithOutlet(String author, String outlet) {
	}

	/** A line that is only a person's name, as sits under a title. */
	static Optional<String> loneName(String line) {
		if (line.length() > 40 || !LONE_NAME.matcher(line).matches()
				|| SECTIONS.contains(line.toLowerCase(java.util.Locale.ROOT)) || Mastheads.masthead(line).isPresent()
				|| CitedSources.knownAgency(line).isPresent()) {
			return Optional.empty();
		}
		return Optional.of(line);
	}

}
