package id.warta.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * Something an article reports someone as saying.
 */
@Embeddable
public class ArticleQuote {

	@Column(nullable = false, length = 300)
	private String speaker;

	@Column(name = "speaker_slug", nullable = false, length = 100)
	private String speakerSlug;

	@Column(name = "speaker_entity", length = 100)
	private @Nullable String speakerEntity;

	@Column(nullable = false, length = 2000)
	private String text;

	@Column(nullable = false)
	private boolean direct;

	protected ArticleQuote() {
		this.speaker = "";
		this.speakerSlug = "";
		this.text = "";
	}

	ArticleQuote(String speaker, String speakerSlug, @Nullable String speakerEntity, String text, boolean direct) {
		this.speaker = speaker;
		this.speakerSlug = speakerSlug;
		this.speakerEntity = speakerEntity;
		this.text = text;
		this.direct = direct;
	}

	/** The speaker's name as shown. */
	public String getSpeaker() {
		return this.speaker;
	}

	/** The speaker's key: the gazetteer slug, or one made from the name. */
	public String getSpeakerSlug() {
		return this.speakerSlug;
	}

	/** The gazetteer entity of the speaker, if the name resolved to one. */
	public @Nullable String getSpeakerEntity() {
		return this.speakerEntity;
	}

	public String getText() {
		return this.text;
	}

	public boolean isDirect() {
		return this.direct;
	}

}
