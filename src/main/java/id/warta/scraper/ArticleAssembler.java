package id.warta.scraper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The last step both paths share: drops repeated blocks, collects the sources the body
 * credits, guesses the language and counts the words.
 */
final class ArticleAssembler {

	private ArticleAssembler() {
	}

	static ExtractedArticle assemble(String title, @Nullable String outlet, @Nullable String author,
			@Nullable PublicationDate published, List<Block> blocks, CitedSources credits) throws ExtractionException {
		return assemble(title, outlet, author, published, blocks, BlockPlaces.NONE, credits);
	}

	static ExtractedArticle assemble(String title, @Nullable String outlet, @Nullable String author,
			@Nullable PublicationDate published, List<Block> blocks, BlockPlaces places, CitedSources credits)
			throws ExtractionException {
		List<Block> body = new ArrayList<>(Paragraphs.withoutRepeats(blocks, title, places));
		String publisher = outlet;
		if (!body.isEmpty() && body.get(0).kind() == Block.Kind.PARAGRAPH) {
			Optional<Mastheads.Dateline> dateline = Mastheads.dateline(body.get(0).text());
			if (dateline.isPresent()) {
				publisher = (publisher != null) ? publisher : dateline.get().outlet();
				body.set(0, Block.paragraph(dateline.get().paragraph()));
			}
		}
		if (body.stream().noneMatch((b) -> b.kind() == Block.Kind.PARAGRAPH)) {
			throw new ExtractionException("no article found");
		}
		for (Block block : body) {
			credits.scan(block.text());
		}
		String named = publisher;
		List<String> cited = credits.names()
			.stream()
			.filter((name) -> named == null || !name.equalsIgnoreCase(named))
			.toList();
		return new ExtractedArticle(title.strip(), publisher, author, published, cited, LanguageGuesser.guess(body),
				body, Paragraphs.wordCount(body));
	}

}
