package id.warta.article;

import id.warta.scraper.Block;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;

/**
 * One paragraph or subheading of an article's body.
 */
@Embeddable
public class ArticleBlock {

	/** The longest text a block holds: a longer paragraph is stored as several. */
	static final int MAX_LENGTH = 100_000;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Block.Kind kind;

	// Stored for the passages under search hits; searches match the article's text field.
	@GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
	@Column(nullable = false, length = MAX_LENGTH)
	private String content;

	protected ArticleBlock() {
		this.kind = Block.Kind.PARAGRAPH;
		this.content = "";
	}

	ArticleBlock(Block.Kind kind, String content) {
		this.kind = kind;
		this.content = content;
	}

	public Block.Kind getKind() {
		return this.kind;
	}

	public boolean isHeading() {
		return this.kind == Block.Kind.HEADING;
	}

	public String getContent() {
		return this.content;
	}

}
