package id.warta.language.names;

/**
 * Where a text names an entity.
 *
 * @param entity the entity
 * @param start where the name starts in the text
 * @param end where it ends
 * @param surface the name as the text writes it
 */
public record Mention(Entity entity, int start, int end, String surface) {
}
