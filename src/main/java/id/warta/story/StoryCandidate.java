package id.warta.story;

/**
 * An article already in a story, that a new article may join: the story's number and the
 * member's features.
 *
 * @param story the story's id
 * @param features the member article's features
 */
public record StoryCandidate(long story, StoryFeatures features) {
}
