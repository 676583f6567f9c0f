package id.warta.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;

/**
 * A publisher of articles, such as "detik.com" or "MDN".
 */
@Entity
@Table(name = "outlet")
public class Outlet {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, length = 200)
	private String name;

	@KeywordField(aggregable = org.hibernate.search.engine.backend.types.Aggregable.YES)
	@Column(nullable = false, length = 200)
	private String slug;

	protected Outlet() {
		this.name = "";
		this.slug = "";
	}

	Outlet(String name, String slug) {
		this.name = name;
		this.slug = slug;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getSlug() {
		return this.slug;
	}

}
