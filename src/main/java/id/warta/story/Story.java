package id.warta.story;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One event as the outlets covered it: its most representative headline, its days, how
 * many articles and outlets it has. Its articles point to it by id.
 */
@Entity
@Table(name = "story")
class Story {

	/** Headline terms kept, the most shared first. */
	static final int MAX_TITLE_TERMS = 300;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, length = 1000)
	private String title;

	@Column(name = "lead_article_id")
	private @Nullable Long leadArticleId;

	@Column(name = "lead_title_terms", nullable = false, length = 2000)
	private String leadTitleTerms;

	@Column(name = "title_terms", nullable = false, length = 8000)
	private String titleTerms;

	@Column(name = "article_count", nullable = false)
	private int articleCount;

	@Column(name = "first_day")
	private @Nullable LocalDate firstDay;

	@Column(name = "last_day")
	private @Nullable LocalDate lastDay;

	@Column(name = "first_published_at")
	private @Nullable OffsetDateTime firstPublishedAt;

	@Column(name = "last_published_at")
	private @Nullable OffsetDateTime lastPublishedAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "story_outlet", joinColumns = @JoinColumn(name = "story_id"))
	@Column(name = "outlet_slug", nullable = false, length = 200)
	private Set<String> outletSlugs = new HashSet<>();

	protected Story() {
		this.title = "";
		this.leadTitleTerms = "";
		this.titleTerms = "";
		this.updatedAt = Instant.EPOCH;
	}

	Story(Instant now) {
		this();
		this.updatedAt = now;
	}

	/**
	 * Adds an article to the story: its days, its outlet, its headline's terms, and its
	 * headline as the story's when it is now the most representative one.
	 */
	void add(long articleId, String articleTitle, Map<String, Integer> articleTitleTerms, @Nullable LocalDate day,
			@Nullable OffsetDateTime published, @Nullable String outletSlug, ToDoubleFunction<String> weight,
			Instant now) {
		Map<String, Integer> counts = decode(this.titleTerms);
		articleTitleTerms.keySet().forEach((term) -> counts.merge(term, 1, Integer::sum));
		this.titleTerms = encode(counts);
		double representative = StoryHeadline.representativeness(articleTitleTerms, counts, weight);
		double current = StoryHeadline.representativeness(decode(this.leadTitleTerms), counts, weight);
		if (this.leadArticleId == null || representative > current + 1e-9) {
			this.leadArticleId = articleId;
			this.title = (articleTitle.length() <= 1000) ? articleTitle : articleTitle.substring(0, 1000);
			this.leadTitleTerms = encode(articleTitleTerms);
		}
		this.articleCount++;
		if (day != null) {
			this.firstDay = (this.firstDay == null || day.isBefore(this.firstDay)) ? day : this.firstDay;
			this.lastDay = (this.lastDay == null || day.isAfter(this.lastDay)) ? day : this.lastDay;
		}
		if (published != null) {
			this.firstPublishedAt = (this.firstPublishedAt == null || published.isBefore(this.firstPublishedAt))
					? published : this.firstPublishedAt;
			this.lastPublishedAt = (this.lastPublishedAt == null || published.isAfter(this.lastPublishedAt)) ? published
					: this.lastPublishedAt;
		}
		if (outletSlug != null) {
			this.outletSlugs.add(outletSlug);
		}
		this.updatedAt = now;
	}

	private static Map<String, Integer> decode(String text) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		if (!text.isEmpty()) {
			for (String item : text.split(" ")) {
				int colon = item.lastIndexOf(':');
				if (colon > 0) {
					counts.put(item.substring(0, colon), Integer.parseInt(item.substring(colon + 1)));
				}
			}
		}
		return counts;
	}

	private static String encode(Map<String, Integer> counts) {
		StringBuilder out = new StringBuilder();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(MAX_TITLE_TERMS)
			.forEach((entry) -> {
				String item = entry.getKey() + ":" + entry.getValue();
				if (out.length() + item.length() + 1 < 8000) {
					out.append(out.isEmpty() ? "" : " ").append(item);
				}
			});
		return out.toString();
	}

	@Nullable Long getId() {
		return this.id;
	}

	String getTitle() {
		return this.title;
	}

	@Nullable Long getLeadArticleId() {
		return this.leadArticleId;
	}

	int getArticleCount() {
		return this.articleCount;
	}

	int getOutletCount() {
		return this.outletSlugs.size();
	}

	@Nullable LocalDate getFirstDay() {
		return this.firstDay;
	}

	@Nullable LocalDate getLastDay() {
		return this.lastDay;
	}

	@Nullable OffsetDateTime getFirstPublishedAt() {
		return this.firstPublishedAt;
	}

	@Nullable OffsetDateTime getLastPublishedAt() {
		return this.lastPublishedAt;
	}

}
