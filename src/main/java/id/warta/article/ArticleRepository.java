package id.warta.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface ArticleRepository extends JpaRepository<Article, Long> {

	String SUMMARY = "select new id.warta.article.ArticleSummary(a.id, a.title, o.name, o.slug, a.publishedAt,"
			+ " a.publishedTimeKnown, a.lead, a.wordCount, a.storyId) from Article a left join a.outlet o";

	String NEWEST_FIRST = " order by a.publishedAt desc nulls last, a.importedAt desc, a.id desc";

	@Query(value = SUMMARY + NEWEST_FIRST, countQuery = "select count(a) from Article a")
	Page<ArticleSummary> findSummaries(Pageable pageable);

	@Query(value = SUMMARY + " where o.slug = :slug" + NEWEST_FIRST,
			countQuery = "select count(a) from Article a join a.outlet o where o.slug = :slug")
	Page<ArticleSummary> findSummariesByOutlet(String slug, Pageable pageable);

	@Query(value = SUMMARY + " where a.outlet is null" + NEWEST_FIRST,
			countQuery = "select count(a) from Article a where a.outlet is null")
	Page<ArticleSummary> findSummariesWithoutOutlet(Pageable pageable);

	@Query(value = SUMMARY + " where o.slug in :slugs or (:unknown = true and a.outlet is null)" + NEWEST_FIRST,
			countQuery = "select count(a) from Article a left join a.outlet o"
					+ " where o.slug in :slugs or (:unknown = true and a.outlet is null)")
	Page<ArticleSummary> findSummariesByOutlets(Collection<String> slugs, boolean unknown, Pageable pageable);

	@Query(SUMMARY + " where a.id in :ids")
	List<ArticleSummary> findSummariesByIds(Collection<Long> ids);

	@Query("select new id.warta.article.OutletCount(o.name, o.slug, count(a)) from Article a join a.outlet o"
			+ " group by o.name, o.slug order by count(a) desc, o.name")
	List<OutletCount> countByOutlet();

	long countByOutletIsNull();

	@Query("select new id.warta.article.CatalogVersion(count(a), coalesce(max(a.id), 0)) from Article a")
	CatalogVersion version();

	boolean existsByContentHash(String contentHash);

	@Query("select a.title from Article a")
	Stream<String> streamTitles();

	@Query("select b.content from Article a join a.blocks b")
	Stream<String> streamBlockTexts();

	boolean existsBySource(String source);

	long countBySourceStartingWith(String prefix);

	// Members found through the index are committed: no need to flush the batch being
	// stored before each placement, which would check every article of it each time.
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
	@Query("select new id.warta.article.StoryMember(a.id, a.storyId, a.storyFeatures) from Article a"
			+ " where a.id in :ids and a.storyId is not null and a.storyFeatures is not null")
	List<StoryMember> findStoryMembers(Collection<Long> ids);

	@Query(value = SUMMARY + " where a.storyId = :story order by a.publishedAt asc nulls last, a.id asc",
			countQuery = "select count(a) from Article a where a.storyId = :story")
	Page<ArticleSummary> findStorySummaries(long story, Pageable pageable);

	@Query("select new id.warta.article.StoryMoment(a.id, a.publishedAt, o.slug, o.name) from Article a"
			+ " left join a.outlet o where a.storyId = :story order by a.publishedAt asc nulls last, a.id asc")
	List<StoryMoment> findStoryMoments(long story, Pageable pageable);

	@Query("select a.id, g.name from Article a join a.agencies g where a.id in :ids order by a.id, index(g)")
	List<Object[]> findAgenciesOf(Collection<Long> ids);

	@Query("select a.id, q.speaker, q.speakerEntity, q.text, q.direct from Article a join a.quotes q"
			+ " where a.id in :ids order by a.id, index(q)")
	List<Object[]> findQuotesOf(Collection<Long> ids);

	@Query("select a.id, b.content from Article a join a.blocks b where a.id in :ids order by a.id, index(b)")
	List<Object[]> findBlocksOf(Collection<Long> ids);

	@Query("select a.id from Article a where a.storyId = :story order by a.publishedAt desc nulls last, a.id desc")
	List<Long> findStoryArticleIds(long story, Pageable pageable);

	@Query("select a.id, a.source from Article a where a.id in :ids")
	List<Object[]> findSourcesOf(Collection<Long> ids);

	@Query("select a.id, e.slug from Article a join a.entities e where a.id = :id order by index(e)")
	List<Object[]> findEntitiesOf(long id);

	@Query("select g.name from Article a join a.agencies g where g.slug = :slug")
	List<String> findAgencyName(String slug, Pageable pageable);

	@Query("select a.id from Article a where a.id > :after order by a.id")
	List<Long> findIdsAfter(long after, Pageable pageable);

	@Query("select a.id from Article a where a.storyId is null order by a.id")
	List<Long> findIdsWithoutStory(Pageable pageable);

	@Modifying
	@Query("update Article a set a.storyId = null, a.eventDay = null, a.storyFeatures = null")
	int forgetStories();

	@EntityGraph(attributePaths = { "outlet", "blocks", "citedSources" })
	List<Article> findWithBodyByIdIn(Collection<Long> ids);

	@EntityGraph(attributePaths = { "outlet", "blocks", "citedSources" })
	Optional<Article> findWithBodyById(long id);

}
