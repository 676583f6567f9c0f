package id.warta.source;

import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleSignatureRepository extends JpaRepository<ArticleSignature, Long> {

}
