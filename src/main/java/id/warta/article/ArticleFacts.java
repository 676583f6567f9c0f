package id.warta.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.warta.language.names.Agencies;
import id.warta.language.names.Agency;
import id.warta.language.names.Entity;
import id.warta.language.names.Gazetteer;
import id.warta.language.names.Mentions;
import id.warta.language.names.Quote;
import id.warta.language.names.QuotedSpeakers;

/**
 * What an article's text names, credits and quotes: the gazetteer entities it names, the
 * agencies it credits under one name each, and who it quotes. Read when the article is
 * stored, and again when the rules change ({@code restory}).
 *
 * @param mentions where the headline and body name gazetteer entities
 * @param entities the entities named, the most named first, at most
 * {@value #MAX_ENTITIES}
 * @param agencies the agencies credited, each once
 * @param quotes who is quoted saying what, at most {@value #MAX_QUOTES}
 */
record ArticleFacts(Mentions mentions, List<ArticleEntity> entities, List<ArticleAgency> agencies,
		List<ArticleQuote> quotes) {

	static final int MAX_ENTITIES = 40;

	static final int MAX_QUOTES = 60;

	private static final QuotedSpeakers SPEAKERS = new QuotedSpeakers(Gazetteer.standard());

	static ArticleFacts of(String title, List<String> paragraphs, List<String> citedSources) {
		String text = title + "\n" + String.join("\n", paragraphs);
		Mentions mentions = Gazetteer.standard().mentions(text);
		List<ArticleEntity> entities = new ArrayList<>();
		for (Entity entity : mentions.entities()) {
			if (entities.size() < MAX_ENTITIES) {
				entities.add(new ArticleEntity(entity.slug(), mentions.count(entity.slug())));
			}
		}
		Map<String, ArticleAgency> agencies = new LinkedHashMap<>();
		for (String cited : citedSources) {
			Agency agency = Agencies.standard().normalise(cited);
			agencies.putIfAbsent(agency.slug(),
					new ArticleAgency(agency.slug(), truncate(agency.name(), 300), agency.wire()));
		}
		List<ArticleQuote> quotes = new ArrayList<>();
		for (Quote quote : SPEAKERS.find(paragraphs)) {
			if (quotes.size() < MAX_QUOTES) {
				quotes.add(new ArticleQuote(truncate(quote.speakerName(), 300), truncate(quote.speakerKey(), 100),
						(quote.entity() != null) ? quote.entity().slug() : null, truncate(quote.text(), 2000),
						quote.direct()));
			}
		}
		return new ArticleFacts(mentions, entities, List.copyOf(agencies.values()), quotes);
	}

	private static String truncate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max);
	}

}
