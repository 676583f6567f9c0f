package id.warta.system;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible word of the pages comes from the message bundles, and both bundles have
 * the same keys.
 */
class I18nPropertiesSyncTests {

	/** What may stand in a template as it is: whitespace, punctuation, the brand. */
	private static final Pattern ALLOWED_TEXT = Pattern.compile("[\\s\\p{P}\\p{S}]*");

	private static final List<String> VISIBLE_ATTRIBUTES = List.of("placeholder", "title", "alt", "aria-label", "label",
			"value");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([\\w.-]+)");

	@Test
	void bothBundlesHaveTheSameKeys() throws IOException {
		assertThat(load("messages_en.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
	}

	@Test
	void everyKeyTheTemplatesUseExists() throws IOException {
		Set<String> keys = load("messages.properties").stringPropertyNames();
		Set<String> used = new TreeSet<>();
		for (Resource template : templates()) {
			Matcher matcher = MESSAGE_KEY.matcher(template.getContentAsString(StandardCharsets.UTF_8));
			while (matcher.find()) {
				used.add(matcher.group(1));
			}
		}
		assertThat(used).isNotEmpty();
		assertThat(keys).containsAll(used);
	}

	@Test
	void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
		for (String bundle : List.of("messages.properties", "messages_en.properties")) {
			Properties messages = load(bundle);
			for (String key : messages.stringPropertyNames()) {
				String message = messages.getProperty(key);
				if (message.contains("{0}")) {
					// MessageFormat drops a lone apostrophe and quotes what follows it.
					assertThat(message.replace("''", "")).as(bundle + " " + key).doesNotContain("'");
				}
			}
		}
	}

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Resource template : templates()) {
			problems.addAll(hardCodedText(template.getFilename(), template.getContentAsString(StandardCharsets.UTF_8)));
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void hardCodedTextIsFound() {
		assertThat(hardCodedText("sample.html",
				"<main><p th:text=\"#{a}\"></p><p>Berita</p><input placeholder=\"Cari\"><a>Warta</a> · </main>"))
			.containsExactly("sample.html: text \"Berita\"", "sample.html: placeholder=\"Cari\"");
	}

	private static List<String> hardCodedText(String name, String html) {
		Document document = Jsoup.parse(html, "", Parser.htmlParser());
		List<String> problems = new ArrayList<>();
		NodeTraversor.traverse((node, depth) -> {
			if (node instanceof TextNode text) {
				String visible = text.getWholeText().replace("Warta", "");
				if (!ALLOWED_TEXT.matcher(visible).matches()) {
					problems.add(name + ": text \"" + text.getWholeText().strip() + "\"");
				}
			}
			else if (node instanceof Element element) {
				for (String attribute : VISIBLE_ATTRIBUTES) {
					String value = element.attr(attribute);
					if (!ALLOWED_TEXT.matcher(value.replace("Warta", "")).matches()) {
						problems.add(name + ": " + attribute + "=\"" + value + "\"");
					}
				}
			}
		}, document);
		return problems;
	}

	private static Resource[] templates() throws IOException {
		Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
		assertThat(templates).isNotEmpty();
		return templates;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(
				I18nPropertiesSyncTests.class.getClassLoader().getResourceAsStream(name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
