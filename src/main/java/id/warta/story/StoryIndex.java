package id.warta.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.warta.article.Article;
import id.warta.article.ArticleCatalog;
import id.warta.article.SearchFields;
import id.warta.article.StoryMember;
import jakarta.persistence.EntityManager;
import org.apache.lucene.index.IndexReader;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Finds the articles already in stories that a new article may join, through the search
 * index: those that share its most telling terms and entities, within
 * {@value StoryWeights#MAX_DAYS_APART} days of its event (or of no known day), ranked by
 * the index. So placing one article costs about the same whatever the number of articles.
 */
@Component
class StoryIndex {

	private static final Logger logger = LoggerFactory.getLogger(StoryIndex.class);

	/** Candidate members fetched. */
	static final int CANDIDATES = 20;

	/** Terms and entities the query asks for. */
	static final int QUERY_TERMS = 10;

	static final int QUERY_ENTITIES = 4;

	private final EntityManager entityManager;

	private final ArticleCatalog catalog;

	StoryIndex(EntityManager entityManager, ArticleCatalog catalog) {
		this.entityManager = entityManager;
		this.catalog = catalog;
	}

	// Features as members' rows hold them, decoded: the same members are candidates of
	// many placements.
	private final Cache<String, StoryFeatures> decoded = Caffeine.newBuilder().maximumSize(50_000).build();

	// The statistics of the index as last read; their cache holds while its segments do.
	private @Nullable IndexStatistics statistics;

	/**
	 * The index's statistics now: those read before when the index has the same segments,
	 * so that a batch's placements look each term up once.
	 */
	synchronized IndexStatistics statistics() {
		IndexReader reader = Search.session(this.entityManager)
			.scope(Article.class)
			.extension(LuceneExtension.get())
			.openIndexReader();
		IndexStatistics current = this.statistics;
		if (current != null && current.holdsFor(IndexStatistics.segments(reader))) {
			current.readWith(reader);
			return current;
		}
		if (current != null) {
			current.close();
		}
		this.statistics = new IndexStatistics(reader);
		return this.statistics;
	}

	/**
	 * Members of stories that the article may join.
	 * @param minStoryId only stories from this id on ({@code restory} leaves out the
	 * stories it replaces)
	 */
	List<StoryCandidate> candidates(StoryFeatures article, StorySimilarity similarity, long minStoryId) {
		List<String> terms = top(article.terms(), similarity::termWeight, QUERY_TERMS);
		List<String> entities = top(article.entities(), similarity::entityWeight, QUERY_ENTITIES);
		if (terms.isEmpty() && entities.isEmpty()) {
			return List.of();
		}
		SearchSession session = Search.session(this.entityManager);
		List<Long> ids = session.search(Article.class).select((f) -> f.id(Long.class)).where((f) -> {
			BooleanPredicateClausesStep<?, ?> shared = f.bool();
			for (String term : terms) {
				shared.should(f.match()
					.field(SearchFields.TEXT)
					.matching(term)
					.skipAnalysis()
					.boost((float) similarity.termWeight(term)));
			}
			for (String entity : entities) {
				shared.should(f.match()
					.field(SearchFields.ENTITY)
					.matching(entity)
					.boost((float) similarity.entityWeight(entity)));
			}
			BooleanPredicateClausesStep<?, ?> query = f.bool().must(shared);
			query.filter(f.range().field(SearchFields.STORY).atLeast(minStoryId));
			if (article.day() != null) {
				query.filter(near(f, article));
			}
			return query;
		}).fetchHits(CANDIDATES);
		List<StoryCandidate> candidates = new ArrayList<>();
		Map<Long, StoryMember> members = new java.util.HashMap<>();
		this.catalog.storyMembers(ids).forEach((member) -> members.put(member.id(), member));
		for (Long id : ids) {
			StoryMember member = members.get(id);
			if (member != null) {
				try {
					candidates.add(new StoryCandidate(member.storyId(),
							this.decoded.get(member.features(), StoryFeatures::decode)));
				}
				catch (IllegalArgumentException ex) {
					// Features of an older format: the member is skipped until restory.
					logger.debug("Article {}: {}", id, ex.getMessage());
				}
			}
		}
		return candidates;
	}

	private static org.hibernate.search.engine.search.predicate.SearchPredicate near(SearchPredicateFactory f,
			StoryFeatures article) {
		var day = article.day();
		return f
			.or(f.range()
				.field(SearchFields.EVENT_DAY)
				.between(day.minusDays(StoryWeights.MAX_DAYS_APART), day.plusDays(StoryWeights.MAX_DAYS_APART)),
					f.not(f.exists().field(SearchFields.EVENT_DAY)))
			.toPredicate();
	}

	private static List<String> top(Map<String, Integer> counts, java.util.function.ToDoubleFunction<String> weight,
			int limit) {
		return counts.entrySet()
			.stream()
			.sorted(Comparator
				.comparingDouble((Map.Entry<String, Integer> entry) -> -(1 + Math.log(entry.getValue()))
						* weight.applyAsDouble(entry.getKey()))
				.thenComparing(Map.Entry.comparingByKey()))
			.limit(limit)
			.map(Map.Entry::getKey)
			.toList();
	}

}
