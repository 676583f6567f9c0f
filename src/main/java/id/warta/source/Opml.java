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
		Document document = Document.createShell("");
		document.outputSettings().syntax(Document.OutputSettings.Syntax.xml).prettyPrint(true);
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		Element opml = new Element("opml").attr("version", "2.0");
		opml.appendElement("head").appendElement("title").text("Warta sources");
		Element body = opml.appendElement("body");
		for (SourceView source : sources) {
			Element outline = body.appendElement("outline").attr("text", source.name()).attr("title", source.name());
			if (source.kind() == SourceKind.FEED) {
				outline.attr("type", "rss").attr("xmlUrl", source.url());
			}
			else {
				outline.attr("type", "link").attr("url", source.url());
			}
			if (source.kind() != null) {
				outline.attr("wartaKind", source.kind().name().toLowerCase(Locale.ROOT));
			}
			if (source.urlPattern() != null && !source.urlPattern().isBlank()) {
				outline.attr("wartaPattern", source.urlPattern());
			}
			outline.attr("wartaPollMinutes", Integer.toString(source.pollMinutes()));
		}
		document.body().appendChild(opml);
		xml.append(opml.outerHtml()).append('\n');
		return xml.toString();
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
				minutes = (poll != null) ? Math.max(5, Integer.parseInt(poll)) : defaultPollMinutes;
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
