package id.warta.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.warta.article.ArticleCatalog;
import id.warta.article.SearchFields;
import id.warta.article.StoryMember;
import id.warta.search.SearchEngine;
import jakarta.persistence.EntityManager;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Finds the articles already in stories that a new article may join, through the search
 * index: those that share its most telling terms and entities, within
 * {@value StoryWeights#MAX_DAYS_APART} days of its event (or of no known day), ranked by
 * the index. So placing one article costs about the same whatever the number of articles.
 * <p>
 * It reads the index as it was when last {@linkplain #refresh() refreshed}, with Lucene
 * itself: a read through Hibernate Search would reopen the index after every write, and
 * every reopen of an index just written flushes a segment of a few documents.
 */
@Component
class StoryIndex {

	private static final Logger logger = LoggerFactory.getLogger(StoryIndex.class);

	/** Candidate members fetched. */
	static final int CANDIDATES = 20;

	private final EntityManager entityManager;

	private final ArticleCatalog catalog;

	// Members by article id, as placed or read from their rows: the same members are
	// candidates of many placements. An article placed again is remembered anew; one
	// whose story is gone is left out by the placement.
	private final Cache<Long, StoryCandidate> members = Caffeine.newBuilder().maximumSize(10_000).build();

	// The index as last read, with its statistics.
	private @Nullable IndexRead read;

	private final SearchEngine engine;

	StoryIndex(EntityManager entityManager, ArticleCatalog catalog, SearchEngine engine) {
		this.entityManager = entityManager;
		this.engine = engine;
		this.catalog = catalog;
	}

	/** The index as last read; read now if it never was. */
	synchronized IndexRead current() {
		IndexRead current = this.read;
		return (current != null) ? current : refresh();
	}

	/**
	 * Reads the index as it is now: every article committed so far. The statistics read
	 * before are kept when the index has the same segments.
	 */
	synchronized IndexRead refresh() {
		Optional<IndexReader> opened = this.engine.openLuceneReader(Search.session(this.entityManager));
		IndexRead current = this.read;
		if (opened.isEmpty()) {
			this.read = new EngineRead(this.engine, this.entityManager);
			return this.read;
		}
		IndexReader reader = opened.get();
		if (current instanceof IndexStatistics statistics && statistics.holdsFor(IndexStatistics.segments(reader))) {
			statistics.readWith(reader);
			return statistics;
		}
		if (current != null) {
			current.close();
		}
		this.read = new IndexStatistics(reader);
		return this.read;
	}

	/** Remembers where articles were placed, once their placements have committed. */
	void remember(Map<Long, StoryCandidate> placed) {
		this.members.putAll(placed);
	}

	/**
	 * Members of stories that the article may join, as the index read holds them.
	 * @param outdated articles whose copy in the index is out of date, left out
	 */
	List<StoryCandidate> candidates(IndexRead index, CandidateQuery query, LongPredicate outdated) {
		if (query.isEmpty()) {
			return List.of();
		}
		List<Long> ids = new ArrayList<>();
		// Hits counted no further than needed, so that Lucene skips those that cannot
		// make the top.
		for (Long article : index.best(luceneQuery(query), CANDIDATES)) {
			if (!outdated.test(article)) {
				ids.add(article);
			}
		}
		Map<Long, StoryCandidate> known = new HashMap<>(this.members.getAllPresent(ids));
		List<Long> unknown = ids.stream().filter((id) -> !known.containsKey(id)).toList();
		for (StoryMember member : this.catalog.storyMembers(unknown)) {
			try {
				StoryCandidate candidate = new StoryCandidate(member.storyId(),
						StoryFeatures.decode(member.features()));
				known.put(member.id(), candidate);
				this.members.put(member.id(), candidate);
			}
			catch (IllegalArgumentException ex) {
				// Features of an older format: the member is skipped until restory.
				logger.debug("Article {}: {}", member.id(), ex.getMessage());
			}
		}
		List<StoryCandidate> candidates = new ArrayList<>();
		for (Long id : ids) {
			StoryCandidate candidate = known.get(id);
			if (candidate != null && candidate.story() >= query.minStoryId()) {
				candidates.add(candidate);
			}
		}
		return candidates;
	}

	private static Query luceneQuery(CandidateQuery query) {
		BooleanQuery.Builder shared = new BooleanQuery.Builder();
		query.terms()
			.forEach((term, weight) -> shared.add(
					new BoostQuery(new TermQuery(new Term(SearchFields.TEXT, term)), weight.floatValue()),
					Occur.SHOULD));
		query.entities()
			.forEach((entity, weight) -> shared.add(
					new BoostQuery(new TermQuery(new Term(SearchFields.ENTITY, entity)), weight.floatValue()),
					Occur.SHOULD));
		BooleanQuery.Builder built = new BooleanQuery.Builder().add(shared.build(), Occur.MUST)
			.add(LongPoint.newRangeQuery(SearchFields.STORY, query.minStoryId(), Long.MAX_VALUE), Occur.FILTER);
		if (query.day() != null) {
			long day = query.day().toEpochDay();
			Query undated = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
				.add(new FieldExistsQuery(SearchFields.EVENT_DAY), Occur.MUST_NOT)
				.build();
			Query near = new BooleanQuery.Builder()
				.add(LongPoint.newRangeQuery(SearchFields.EVENT_DAY, day - StoryWeights.MAX_DAYS_APART,
						day + StoryWeights.MAX_DAYS_APART), Occur.SHOULD)
				.add(undated, Occur.SHOULD)
				.build();
			built.add(near, Occur.FILTER);
		}
		return built.build();
	}

}
