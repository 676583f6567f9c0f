package id.warta.scraper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a page's JSON-LD: finds the article node ({@code NewsArticle}, {@code Article},
 * {@code ReportageNewsArticle} …, also inside {@code @graph} and arrays) and its values.
 */
final class JsonLd {

	private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "blogposting",
			"reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle",
			"liveblogposting", "socialmediaposting", "posting", "scholarlyarticle", "techarticle", "report");

	private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage");

	private JsonLd() {
	}

	/**
	 * The page's article node: an article type first, a web page with a headline else.
	 */
	static @Nullable JsonNode article(List<String> scripts, JsonMapper json) {
		JsonNode fallback = null;
		for (String script : scripts) {
			if (!script.contains("@type")) {
				continue;
			}
			try {
				Optional<JsonNode> found = findArticle(json.readTree(script.strip()));
				if (found.isPresent()) {
					if (!PAGE_TYPES.contains(type(found.get()))) {
						return found.get();
					}
					fallback = (fallback != null) ? fallback : found.get();
				}
			}
			catch (JacksonException ex) {
				// Broken JSON-LD is common; the other metadata still counts.
			}
		}
		return fallback;
	}

	private static Optional<JsonNode> findArticle(JsonNode node) {
		if (node.isArray()) {
			for (JsonNode item : node) {
				Optional<JsonNode> found = findArticle(item);
				if (found.isPresent()) {
					return found;
				}
			}
			return Optional.empty();
		}
		if (!node.isObject()) {
			return Optional.empty();
		}
		if (node.has("@graph")) {
			return findArticle(node.get("@graph"));
		}
		String type = type(node);
		boolean article = ARTICLE_TYPES.contains(type) || PAGE_TYPES.contains(type);
		return (ARTICLE_TYPES.contains(type) || article && node.has("headline")) ? Optional.of(node) : Optional.empty();
	}

	/** The node's article-like type in lower case, or its first type. */
	private static String type(JsonNode node) {
		JsonNode type = node.get("@type");
		List<String> types = new ArrayList<>();
		if (type != null && type.isArray()) {
			type.forEach((t) -> types.add(t.asString("").toLowerCase(Locale.ROOT)));
		}
		else if (type != null) {
			types.add(type.asString("").toLowerCase(Locale.ROOT));
		}
		return types.stream().filter(ARTICLE_TYPES::contains).findFirst().orElse(types.isEmpty() ? "" : types.get(0));
	}

	static @Nullable String text(@Nullable JsonNode node, String... path) {
		JsonNode at = node;
		for (String key : path) {
			if (at == null) {
				return null;
			}
			at = at.isArray() && !at.isEmpty() ? at.get(0).get(key) : at.get(key);
		}
		return (at != null && at.isValueNode()) ? at.asString("") : null;
	}

	/** Person names in the JSON-LD author; organisations come first in no case. */
	static List<String> authorNames(@Nullable JsonNode ld) {
		if (ld == null || ld.get("author") == null) {
			return List.of();
		}
		JsonNode author = ld.get("author");
		List<String> people = new ArrayList<>();
		List<String> organisations = new ArrayList<>();
		for (JsonNode one : author.isArray() ? author : List.of(author)) {
			String name = one.isValueNode() ? one.asString("")
					: (one.get("name") != null ? one.get("name").asString("") : "");
			if (!name.isBlank()) {
				boolean org = one.isObject() && type(one).equals("organization");
				(org ? organisations : people).add(name.strip());
			}
		}
		List<String> names = new ArrayList<>();
		if (!people.isEmpty()) {
			names.add(String.join(", ", people));
		}
		names.addAll(organisations);
		return names;
	}

	/** Whether the node is a web page rather than an article. */
	static boolean isPage(JsonNode node) {
		return PAGE_TYPES.contains(type(node));
	}

}
