package id.warta.article;

/**
 * An article already placed in a story, as a later placement compares with it.
 *
 * @param id the article's id
 * @param storyId its story
 * @param features what grouping knows of it, as the story module wrote it
 */
public record StoryMember(long id, long storyId, String features) {
}
