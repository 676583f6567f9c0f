package id.warta.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The MinHash signature of a stored article, kept so that copies are recognised after a
 * restart too.
 */
@Entity
@Table(name = "article_signature")
class ArticleSignature {

	@Id
	@Column(name = "article_id")
	private long articleId;

	@Column(nullable = false, length = 2048)
	private String minhash;

	protected ArticleSignature() {
		this.minhash = "";
	}

	ArticleSignature(long articleId, String minhash) {
		this.articleId = articleId;
		this.minhash = minhash;
	}

	long getArticleId() {
		return this.articleId;
	}

	String getMinhash() {
		return this.minhash;
	}

}
