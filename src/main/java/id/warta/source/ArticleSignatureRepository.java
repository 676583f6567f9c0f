package id.warta.source;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleSignatureRepository extends JpaRepository<ArticleSignature, Long> {

	/** The signatures of the newest articles, newest first. */
	List<ArticleSignature> findByOrderByArticleIdDesc(Pageable pageable);

}
