package id.warta;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.core.metrics.StartupStep;

/**
 * The steps of a start, recorded by Spring and the slowest of them logged when the start
 * is over: for finding what a start spends its time on
 * ({@code -Dwarta.startup-steps=20}).
 */
final class StartupSteps extends BufferingApplicationStartup {

	private static final Log logger = LogFactory.getLog(StartupSteps.class);

	private final int shown;

	StartupSteps(int shown) {
		super(20_000);
		this.shown = shown;
	}

	@Override
	public StartupStep start(String name) {
		StartupStep step = super.start(name);
		if (name.equals("spring.boot.application.ready")) {
			log();
		}
		return step;
	}

	private void log() {
		List<StartupTimeline.TimelineEvent> events = new ArrayList<>(getBufferedTimeline().getEvents());
		events.sort(Comparator.comparing(StartupTimeline.TimelineEvent::getDuration).reversed());
		StringBuilder lines = new StringBuilder("Slowest steps of the start (they nest):");
		for (StartupTimeline.TimelineEvent event : events.subList(0, Math.min(this.shown, events.size()))) {
			StringBuilder tags = new StringBuilder();
			event.getStartupStep().getTags().forEach((tag) -> tags.append(' ').append(tag.getValue()));
			lines.append(String.format("%n%7d ms  %s%s", event.getDuration().toMillis(),
					event.getStartupStep().getName(), tags));
		}
		logger.info(lines);
	}

}
