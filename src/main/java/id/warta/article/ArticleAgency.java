package id.warta.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * An agency or outlet that an article credits, by the one name the agency file gives it
 * (ANTARA and antaranews.com are Antara).
 */
@Embeddable
public class ArticleAgency {

	@KeywordField(aggregable = Aggregable.YES)
	@Column(nullable = false, length = 100)
	private String slug;

	@Column(nullable = false, length = 300)
	private String name;

	@Column(nullable = false)
	private boolean wire;

	protected ArticleAgency() {
		this.slug = "";
		this.name = "";
	}

	ArticleAgency(String slug, String name, boolean wire) {
		this.slug = slug;
		this.name = name;
		this.wire = wire;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public boolean isWire() {
		return this.wire;
	}

}
