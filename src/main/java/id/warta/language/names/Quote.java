package id.warta.language.names;

import org.jspecify.annotations.Nullable;

/**
 * Something an article reports someone as saying.
 *
 * @param speaker who, as the article names them ("Sergey Lavrov", "juru bicara Kemlu")
 * @param entity the gazetteer entity of the speaker, when the name resolves to one
 * @param text what was said: the quoted words, or the reported clause
 * @param direct whether the words stand in quotation marks
 * @param paragraph the paragraph it is in, from 0
 */
public record Quote(String speaker, @Nullable Entity entity, String text, boolean direct, int paragraph) {

	/** The speaker's key: the entity's slug, or the name as compared. */
	public String speakerKey() {
		return (this.entity != null) ? this.entity.slug() : Slugs.of(this.speaker);
	}

	/**
	 * The speaker's name as shown: the entity's name, or the name as the article writes
	 * it.
	 */
	public String speakerName() {
		return (this.entity != null) ? this.entity.name() : this.speaker;
	}

}
