package id.warta.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import id.warta.language.names.Agencies;
import id.warta.scraper.Block;
import id.warta.scraper.ExtractedArticle;
import id.warta.scraper.ExtractionException;
import id.warta.story.InMemoryStories;
import id.warta.story.StoryFeatureReader;
import id.warta.story.StoryFeatures;
import id.warta.story.StoryHeadline;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code warta stories FILE_OR_URL...}: extracts the inputs and groups them into stories
 * with the very code the server uses, on the inputs alone (no server, no database), and
 * prints one JSON object per story, one per line: {@code story}, {@code title},
 * {@code members} (the inputs as given, in input order), {@code outlets},
 * {@code agencies}, {@code first}, {@code last}. An input that fails gives
 * {@code {"source": …, "error": …}} on its own line, and the exit status is then 2.
 */
final class StoriesCommand {

	private static final String USAGE = "usage: warta stories [--max-bytes N] [--allow-private-addresses] FILE_OR_URL...";

	private final JsonMapper json = JsonMapper.builder().build();

	private final InputArticles inputs;

	private final StoryFeatureReader features = new StoryFeatureReader();

	private StoriesCommand(long maxBytes, boolean allowPrivateAddresses) {
		this.inputs = new InputArticles(maxBytes, allowPrivateAddresses);
	}

	static int run(List<String> args, PrintStream out, PrintStream err) {
		long maxBytes = ExtractCommand.DEFAULT_MAX_BYTES;
		boolean allowPrivateAddresses = false;
		List<String> inputs = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--max-bytes") || arg.startsWith("--max-bytes=")) {
				String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
						: (i + 1 < args.size() ? args.get(++i) : "");
				try {
					maxBytes = Long.parseLong(value);
				}
				catch (NumberFormatException ex) {
					err.println("stories: --max-bytes needs a number of bytes, not '" + value + "'");
					return ExtractCommand.FAILED;
				}
			}
			else if (arg.equals("--allow-private-addresses")) {
				allowPrivateAddresses = true;
			}
			else if (arg.equals("--")) {
				inputs.addAll(args.subList(i + 1, args.size()));
				break;
			}
			else {
				inputs.add(arg);
			}
		}
		if (inputs.isEmpty()) {
			err.println(USAGE);
			return ExtractCommand.FAILED;
		}
		return new StoriesCommand(maxBytes, allowPrivateAddresses).group(inputs, out);
	}

	private int group(List<String> inputs, PrintStream out) {
		InMemoryStories stories = new InMemoryStories();
		// Lines by the position of their first input: a story where its first member was.
		TreeMap<Integer, Map<String, Object>> lines = new TreeMap<>();
		Map<Long, Story> byNumber = new LinkedHashMap<>();
		int status = ExtractCommand.OK;
		for (int i = 0; i < inputs.size(); i++) {
			String input = inputs.get(i);
			ExtractedArticle article;
			try {
				article = this.inputs.extract(input);
			}
			catch (ExtractionException | IOException | RuntimeException ex) {
				Map<String, Object> line = new LinkedHashMap<>();
				line.put("source", input);
				line.put("error", InputArticles.reason(ex));
				lines.put(i, line);
				status = ExtractCommand.FAILED;
				continue;
			}
			LocalDate published = (article.published() != null) ? article.published().dateTime().toLocalDate() : null;
			StoryFeatures features = this.features.read(article.title(),
					article.body().stream().map(Block::text).toList(), published);
			long number = stories.add(features);
			int position = i;
			byNumber.computeIfAbsent(number, (n) -> new Story(position)).add(input, article, features);
		}
		byNumber.forEach((number, story) -> lines.put(story.position, story.line(number, stories)));
		lines.values().forEach((line) -> out.println(this.json.writeValueAsString(line)));
		out.flush();
		return status;
	}

	/** The members of one story, in input order. */
	private static final class Story {

		private final int position;

		private final List<String> inputs = new ArrayList<>();

		private final List<ExtractedArticle> articles = new ArrayList<>();

		private final List<StoryFeatures> features = new ArrayList<>();

		Story(int position) {
			this.position = position;
		}

		void add(String input, ExtractedArticle article, StoryFeatures features) {
			this.inputs.add(input);
			this.articles.add(article);
			this.features.add(features);
		}

		Map<String, Object> line(long number, InMemoryStories stories) {
			Set<String> outlets = new LinkedHashSet<>();
			Set<String> agencies = new LinkedHashSet<>();
			LocalDate first = null;
			LocalDate last = null;
			for (int i = 0; i < this.articles.size(); i++) {
				ExtractedArticle article = this.articles.get(i);
				if (article.outlet() != null) {
					outlets.add(article.outlet());
				}
				article.citedSources().forEach((cited) -> agencies.add(Agencies.standard().normalise(cited).name()));
				LocalDate day = this.features.get(i).day();
				if (day != null) {
					first = (first == null || day.isBefore(first)) ? day : first;
					last = (last == null || day.isAfter(last)) ? day : last;
				}
			}
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("story", number);
			line.put("title", this.articles.get(StoryHeadline.choose(this.features, stories)).title());
			line.put("members", this.inputs);
			line.put("outlets", List.copyOf(outlets));
			line.put("agencies", List.copyOf(agencies));
			line.put("first", (first != null) ? first.toString() : null);
			line.put("last", (last != null) ? last.toString() : null);
			return line;
		}

	}

}
