package id.warta.story;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How stories are made.
 *
 * @param indexReadEvery placements committed between two reads of the search index for
 * placements: fewer reads keep the index's segments larger and ingest faster, the
 * placements in between are held in memory (at least 1)
 */
@ConfigurationProperties("warta.stories")
record StorySettings(@DefaultValue("64") int indexReadEvery) {

	StorySettings {
		if (indexReadEvery < 1) {
			throw new IllegalArgumentException("warta.stories.index-read-every must be at least 1: " + indexReadEvery);
		}
	}

}
