package id.warta.story;

import id.warta.system.StartupPhases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * At start, after the index is ready, places in stories the articles that have none:
 * those stored by a version of Warta before stories existed.
 */
@Component
class StoryBootstrap implements SmartLifecycle {

	private volatile boolean running;

	private static final Logger logger = LoggerFactory.getLogger(StoryBootstrap.class);

	private final StoryRebuilder rebuilder;

	StoryBootstrap(StoryRebuilder rebuilder) {
		this.rebuilder = rebuilder;
	}

	@Override
	public void start() {
		placeUnplaced();
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return StartupPhases.STORIES;
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
