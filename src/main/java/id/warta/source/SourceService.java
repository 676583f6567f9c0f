package id.warta.source;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the admin area does with sources: list, add, edit, pause, delete, run now, read
 * the fetch log, and exchange the list as OPML.
 */
@Service
public class SourceService {

	private static final Logger logger = LoggerFactory.getLogger(SourceService.class);

	private final SourceRepository sources;

	private final FetchLogRepository log;

	private final SourceRunner runner;

	private final SourceSettings settings;

	private final Clock clock;

	private final Validator validator;

	SourceService(SourceRepository sources, FetchLogRepository log, SourceRunner runner, SourceSettings settings,
			Clock clock, Validator validator) {
		this.validator = validator;
		this.sources = sources;
		this.log = log;
		this.runner = runner;
		this.settings = settings;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<SourceView> list() {
		return this.sources.findAllByOrderByNameAscIdAsc().stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public Optional<SourceView> find(long id) {
		return this.sources.findById(id).map(this::view);
	}

	/**
	 * Another source than {@code except} that has this address, if any.
	 */
	@Transactional(readOnly = true)
	public Optional<SourceView> findByUrl(String url, long except) {
		return this.sources.findFirstByUrlAndIdNotOrderById(url.strip(), except).map(this::view);
	}

	/**
	 * The source that already has this address, if any.
	 */
	@Transactional(readOnly = true)
	public Optional<SourceView> findByUrl(String url) {
		return this.sources.findFirstByUrlOrderById(url.strip()).map(this::view);
	}

	/**
	 * The default poll interval, for new sources.
	 */
	public int defaultPollMinutes() {
		return (int) Math.max(5, this.settings.pollInterval().toMinutes());
	}

	/**
	 * Adds a source; it runs at the scheduler's next tick.
	 * @return the new source's id
	 */
	@Transactional
	public long add(SourceForm form) {
		Source source = new Source(form.url().strip(), form.kind(), name(form), blankToNull(form.urlPattern()),
				form.pollMinutes(), this.clock.instant());
		return this.sources.save(source).getId();
	}

	/**
	 * Changes a source.
	 * @return whether it exists
	 */
	@Transactional
	public boolean edit(long id, SourceForm form) {
		return this.sources.findById(id).map((source) -> {
			source.edit(form.url().strip(), form.kind(), name(form), blankToNull(form.urlPattern()),
					form.pollMinutes());
			return true;
		}).orElse(false);
	}

	@Transactional
	public boolean setPaused(long id, boolean paused) {
		return this.sources.findById(id).map((source) -> {
			source.setPaused(paused);
			if (paused) {
				this.runner.halt(id);
			}
			else {
				source.runSoon(this.clock.instant());
			}
			return true;
		}).orElse(false);
	}

	@Transactional
	public boolean delete(long id) {
		if (!this.sources.existsById(id)) {
			return false;
		}
		this.sources.deleteById(id);
		this.runner.halt(id);
		return true;
	}

	/**
	 * Starts a run now, whatever the schedule says.
	 * @return whether a run started (not when one is already going on)
	 */
	public boolean runNow(long id) {
		return this.sources.existsById(id) && this.runner.start(id);
	}

	/**
	 * The newest lines of a source's fetch log.
	 */
	@Transactional(readOnly = true)
	public List<FetchLogLine> fetchLog(long id, int limit) {
		return this.log.findBySourceIdOrderByFetchedAtDescIdDesc(id, PageRequest.of(0, limit))
			.stream()
			.map(FetchLogEntry::toLine)
			.toList();
	}

	/**
	 * Every source as an OPML 2.0 document.
	 */
	public String exportOpml() {
		return Opml.write(list());
	}

	/**
	 * Adds the sources an OPML document lists, skipping addresses already there and
	 * entries that the form would refuse (the same rules: http(s) addresses, lengths,
	 * poll interval, a valid pattern).
	 * @return how many were added
	 * @throws NotOpmlException if the text is no OPML file
	 */
	@Transactional
	public int importOpml(String opml) {
		if (!Opml.isOpml(opml)) {
			throw new NotOpmlException();
		}
		int added = 0;
		for (SourceForm form : Opml.read(opml, defaultPollMinutes())) {
			String url = form.url().strip();
			Set<ConstraintViolation<SourceForm>> problems = this.validator.validate(form);
			if (!problems.isEmpty()) {
				logger.info("OPML entry {} skipped: {}", url.replaceAll("\\p{Cntrl}", " "),
						problems.stream()
							.map((problem) -> problem.getPropertyPath() + " " + problem.getMessage())
							.sorted()
							.toList());
			}
			else if (!this.sources.existsByUrl(url)) {
				add(form);
				added++;
			}
		}
		return added;
	}

	private SourceView view(Source source) {
		return source.toView(this.runner.isRunning(source.getId()));
	}

	private static String name(SourceForm form) {
		String name = form.url().strip();
		if (form.name() != null && !form.name().isBlank()) {
			name = form.name().strip();
		}
		else {
			try {
				String host = URI.create(name).getHost();
				name = (host != null) ? host : name;
			}
			catch (IllegalArgumentException ex) {
				// Keep the address as the name.
			}
		}
		return (name.length() > 200) ? name.substring(0, 200) : name;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
