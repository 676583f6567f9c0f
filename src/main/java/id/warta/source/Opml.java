package id.warta.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Sources as OPML 2.0, the format feed readers exchange subscriptions in: feeds as
 * {@code type="rss"} outlines with an {@code xmlUrl}, other kinds as {@code type="link"}
 * outlines with a {@code url}. Warta's own settings ride along as extra attributes, which
 * OPML allows and other readers ignore.
 */
final class Opml {

	private Opml() {
	}

	static String write(List<SourceView> sources) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n")
			.append("  <head>\n    <title>Warta sources</title>\n  </head>\n  <body>\n");
		for (SourceView source : sources) {
			xml.append("    <outline");
			attribute(xml, "text", source.name());
			attribute(xml, "title", source.name());
			boolean feed = source.kind() == SourceKind.FEED;
			attribute(xml, "type", feed ? "rss" : "link");
			attribute(xml, feed ? "xmlUrl" : "url", source.url());
			if (source.kind() != null) {
				attribute(xml, "wartaKind", source.kind().name().toLowerCase(Locale.ROOT));
			}
			if (source.urlPattern() != null && !source.urlPattern().isBlank()) {
				attribute(xml, "wartaPattern", source.urlPattern());
			}
			attribute(xml, "wartaPollMinutes", Integer.toString(source.pollMinutes()));
			xml.append("/>\n");
		}
		return xml.append("  </body>\n</opml>\n").toString();
	}

	private static void attribute(StringBuilder xml, String name, String value) {
		xml.append(' ').append(name).append("=\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '&' -> xml.append("&amp;");
				case '<' -> xml.append("&lt;");
				case '>' -> xml.append("&gt;");
				case '"' -> xml.append("&quot;");
				case '\n' -> xml.append("&#10;");
				default -> xml.append(c);
			}
		}
		xml.append('"');
	}

	/**
	 * Whether a text is an OPML file: an {@code <opml>} root, as every reader writes.
	 */
	static boolean isOpml(String text) {
		Document document = Jsoup.parse(text, "", Parser.xmlParser());
		Element root = document.children().first();
		return root != null && root.normalName().equals("opml");
	}

	/**
	 * The sources an OPML file lists, in order, categories flattened.
	 */
	static List<SourceForm> read(String text, int defaultPollMinutes) {
		Document document = Jsoup.parse(text, "", Parser.xmlParser());
		List<SourceForm> forms = new ArrayList<>();
		for (Element outline : document.select("outline")) {
			String url = first(outline, "xmlUrl", "url", "htmlUrl");
			if (url == null) {
				continue;
			}
			String name = first(outline, "title", "text");
			SourceKind kind = kind(outline);
			String pattern = first(outline, "wartaPattern");
			int minutes = defaultPollMinutes;
			try {
				String poll = first(outline, "wartaPollMinutes");
				minutes = (poll != null) ? Integer.parseInt(poll) : defaultPollMinutes;
			}
			catch (NumberFormatException ex) {
				// Keep the default: the file is from another reader, or hand-edited.
			}
			forms.add(new SourceForm(url, kind, name, pattern, minutes));
		}
		return forms;
	}

	private static @Nullable SourceKind kind(Element outline) {
		String given = first(outline, "wartaKind");
		if (given != null) {
			try {
				return SourceKind.valueOf(given.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		return outline.hasAttr("xmlUrl") ? SourceKind.FEED : null;
	}

	private static @Nullable String first(Element element, String... names) {
		for (String name : names) {
			String value = element.attr(name).strip();
			if (!value.isEmpty()) {
				return value;
			}
		}
		return null;
	}

}
