package id.warta.source;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import id.warta.source.FetchException.Kind;

/**
 * robots.txt, read with crawler-commons' parser and kept per host for a while: a 4xx
 * answer allows everything, a 5xx answer or no answer makes the host wait (it is not
 * cached, so the next run asks again), and a {@code Crawl-delay} lengthens the pause
 * between requests up to {@link FetchSettings#maxCrawlDelay()}.
 */
final class RobotsRules {

	private final FetchSettings settings;

	private final RobotsSource source;

	private final String robotName;

	private final Map<String, Entry> cache = new ConcurrentHashMap<>();

	RobotsRules(FetchSettings settings, RobotsSource source) {
		this.settings = settings;
		this.source = source;
		// "WartaBot/0.1 (+https://…)" is matched as "wartabot".
		this.robotName = settings.userAgent().split("[/ ]", 2)[0].toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether the URL may be fetched, and the pause to keep after fetching from its host.
	 * @throws FetchException when robots.txt cannot be read now
	 */
	Verdict verdict(URI url) throws FetchException {
		String origin = url.getScheme().toLowerCase(Locale.ROOT) + "://"
				+ url.getRawAuthority().toLowerCase(Locale.ROOT);
		Entry entry = this.cache.get(origin);
		if (entry == null || entry.expires() < System.nanoTime()) {
			entry = new Entry(load(origin), System.nanoTime() + this.settings.robotsCacheTime().toNanos());
			this.cache.put(origin, entry);
		}
		BaseRobotRules rules = entry.rules();
		Duration delay = this.settings.hostDelay();
		if (rules.getCrawlDelay() != BaseRobotRules.UNSET_CRAWL_DELAY && rules.getCrawlDelay() > 0) {
			Duration asked = Duration.ofMillis(rules.getCrawlDelay());
			Duration capped = (asked.compareTo(this.settings.maxCrawlDelay()) > 0) ? this.settings.maxCrawlDelay()
					: asked;
			delay = (capped.compareTo(delay) > 0) ? capped : delay;
		}
		return new Verdict(rules.isAllowed(url.toString()), delay);
	}

	private BaseRobotRules load(String origin) throws FetchException {
		SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE, 5);
		String robotsUrl = origin + "/robots.txt";
		try {
			FetchedPage page = this.source.fetch(URI.create(robotsUrl));
			return parser.parseContent(robotsUrl, page.body(), page.contentType(), List.of(this.robotName));
		}
		catch (FetchException ex) {
			if (ex.kind() == Kind.CLIENT_ERROR) {
				return new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
			}
			if (ex.kind() == Kind.REFUSED || ex.kind() == Kind.INTERRUPTED) {
				throw ex;
			}
			throw new FetchException(Kind.ROBOTS_UNAVAILABLE, ex.status(),
					"robots.txt of " + origin + " cannot be read now (" + ex.getMessage() + "); retry later");
		}
	}

	/**
	 * Fetches a robots.txt (without asking robots.txt first).
	 */
	@FunctionalInterface
	interface RobotsSource {

		FetchedPage fetch(URI url) throws FetchException;

	}

	/**
	 * What robots.txt says about one URL.
	 *
	 * @param allowed whether it may be fetched
	 * @param delay the pause to keep between requests to its host
	 */
	record Verdict(boolean allowed, Duration delay) {
	}

	private record Entry(BaseRobotRules rules, long expires) {
	}

}
