package id.warta.story;

import id.warta.system.StartupPhases;
import id.warta.system.StartupWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * At start, after the index is ready, places in stories the articles that have none:
 * those stored by a version of Warta before stories existed.
 */
@Component
class StoryBootstrap extends StartupWork {

	private static final Logger logger = LoggerFactory.getLogger(StoryBootstrap.class);

	private final StoryRebuilder rebuilder;

	StoryBootstrap(StoryRebuilder rebuilder) {
		super(StartupPhases.STORIES);
		this.rebuilder = rebuilder;
	}

	@Override
	protected void work() {
		placeUnplaced();
	}

	void placeUnplaced() {
		long start = System.nanoTime();
		long placed = this.rebuilder.placeUnplaced();
		if (placed > 0) {
			logger.info("Stories: placed {} articles that had no story, in {} ms", placed,
					(System.nanoTime() - start) / 1_000_000);
		}
	}

}
