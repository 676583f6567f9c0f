package id.warta.article;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * Another site's copy of a stored article: the same story republished with small edits,
 * kept as a link instead of a second article.
 */
@Entity
@Table(name = "article_copy")
class ArticleCopy {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "article_id", nullable = false)
	private long articleId;

	@Column(nullable = false, length = 2048)
	private String url;

	@Column(length = 200)
	private @Nullable String outlet;

	@Column(name = "seen_at", nullable = false)
	private Instant seenAt;

	protected ArticleCopy() {
		this.url = "";
		this.seenAt = Instant.EPOCH;
	}

	ArticleCopy(long articleId, String url, @Nullable String outlet, Instant seenAt) {
		this.articleId = articleId;
		this.url = url;
		this.outlet = outlet;
		this.seenAt = seenAt;
	}

	long getArticleId() {
		return this.articleId;
	}

	String getUrl() {
		return this.url;
	}

	@Nullable String getOutlet() {
		return this.outlet;
	}

}
