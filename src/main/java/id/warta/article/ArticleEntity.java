package id.warta.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A gazetteer entity that an article names, by its slug, with how often it names it.
 */
@Embeddable
public class ArticleEntity {

	// Searched (topic pages, filters, its document frequency); the facets count the
	// article's facet entities.
	@KeywordField
	@Column(nullable = false, length = 100)
	private String slug;

	@Column(nullable = false)
	private int mentions;

	protected ArticleEntity() {
		this.slug = "";
	}

	ArticleEntity(String slug, int mentions) {
		this.slug = slug;
		this.mentions = mentions;
	}

	public String getSlug() {
		return this.slug;
	}

	public int getMentions() {
		return this.mentions;
	}

}
