package id.warta.article;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleCopyRepository extends JpaRepository<ArticleCopy, Long> {

	boolean existsByUrl(String url);

	boolean existsByArticleIdAndUrl(long articleId, String url);

	List<ArticleCopy> findByArticleIdOrderBySeenAtAscIdAsc(long articleId);

}
