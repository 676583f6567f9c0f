package id.warta.story;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start, after the index is ready, places in stories the articles that have none:
 * those stored by a version of Warta before stories existed.
 */
@Component
@Order(60)
class StoryBootstrap implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(StoryBootstrap.class);

	private final StoryRebuilder rebuilder;

	StoryBootstrap(StoryRebuilder rebuilder) {
		this.rebuilder = rebuilder;
	}

	@Override
	public void run(ApplicationArguments args) {
		long start = System.nanoTime();
		long placed = this.rebuilder.placeUnplaced();
		if (placed > 0) {
			logger.info("Stories: placed {} articles that had no story, in {} ms", placed,
					(System.nanoTime() - start) / 1_000_000);
		}
	}

}
