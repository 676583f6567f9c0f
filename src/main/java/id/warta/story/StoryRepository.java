package id.warta.story;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoryRepository extends JpaRepository<Story, Long> {

	String ROW = "select new id.warta.story.StoryBadgeRow(s.id, s.title, s.leadArticleId, s.articleCount,"
			+ " size(s.outletSlugs), s.firstDay, s.lastDay, s.firstPublishedAt, s.lastPublishedAt) from Story s";

	Optional<Story> findTopByOrderByIdDesc();

	@Query(ROW + " where s.id in :ids")
	List<StoryBadgeRow> findRows(Collection<Long> ids);

	@Query(ROW + " where s.id = :id")
	Optional<StoryBadgeRow> findRow(long id);

	@Query(value = ROW + " order by s.lastPublishedAt desc nulls last, s.id desc",
			countQuery = "select count(s) from Story s")
	Page<StoryBadgeRow> findNewest(Pageable pageable);

}
