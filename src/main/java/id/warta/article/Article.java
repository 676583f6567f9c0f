package id.warta.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBridgeRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.jspecify.annotations.Nullable;

/**
 * An article as stored: its metadata, and its body as ordered blocks kept in their own
 * table so that lists never load them.
 */
@Entity
@Table(name = "article")
@Indexed(index = "article")
public class Article {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@GenericField(name = SearchFields.ARTICLE_ID, searchable = Searchable.NO, sortable = Sortable.YES)
	private @Nullable Long id;

	@Column(nullable = false, length = 2048)
	private String source;

	@Column(name = "content_hash", nullable = false, length = 64)
	private String contentHash;

	@Column(nullable = false, length = 1000)
	private String title;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "outlet_id")
	@IndexedEmbedded(includePaths = "slug")
	// An outlet's slug never changes once given, so outlet updates need no reindexing.
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private @Nullable Outlet outlet;

	@Column(length = 300)
	private @Nullable String author;

	@GenericField(sortable = Sortable.YES)
	@Column(name = "published_at")
	private @Nullable OffsetDateTime publishedAt;

	@Column(name = "published_time_known", nullable = false)
	private boolean publishedTimeKnown;

	@Column(nullable = false, length = 16)
	private String language;

	@Column(nullable = false, length = 1000)
	private String lead;

	@Column(name = "word_count", nullable = false)
	private int wordCount;

	@Column(name = "imported_at", nullable = false)
	private Instant importedAt;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "article_block", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "block_index")
	@IndexedEmbedded
	private List<ArticleBlock> blocks = new ArrayList<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "article_entity", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "entity_index")
	@IndexedEmbedded
	private List<ArticleEntity> entities = new ArrayList<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "article_agency", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "agency_index")
	@IndexedEmbedded
	private List<ArticleAgency> agencies = new ArrayList<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "article_quote", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "quote_index")
	private List<ArticleQuote> quotes = new ArrayList<>();

	/** The story it belongs to: the story module's, by id. */
	@GenericField(projectable = Projectable.YES, aggregable = Aggregable.YES)
	@Column(name = "story_id")
	private @Nullable Long storyId;

	/** The day of the event it reports: its publication day, or one its text names. */
	@GenericField(sortable = Sortable.YES)
	@Column(name = "event_day")
	private @Nullable LocalDate eventDay;

	/** What story grouping knows of it, as the story module writes it. */
	@Column(name = "story_features", length = 8000)
	private @Nullable String storyFeatures;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "article_cited_source", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "source_index")
	@Column(name = "name", nullable = false, length = 300)
	private List<String> citedSources = new ArrayList<>();

	/** Entities of an article that its facets count. */
	static final int FACET_ENTITIES = 8;

	// Read from the text when stored, kept until the article has an id and is placed.
	@Transient
	private @Nullable ArticleFacts facts;

	protected Article() {
		this.source = "";
		this.contentHash = "";
		this.title = "";
		this.language = "";
		this.lead = "";
		this.importedAt = Instant.EPOCH;
	}

	Article(String source, String contentHash, String title, String language, String lead, int wordCount,
			Instant importedAt) {
		this.source = source;
		this.contentHash = contentHash;
		this.title = title;
		this.language = language;
		this.lead = lead;
		this.wordCount = wordCount;
		this.importedAt = importedAt;
	}

	void setOutlet(@Nullable Outlet outlet) {
		this.outlet = outlet;
	}

	void setAuthor(@Nullable String author) {
		this.author = author;
	}

	void setPublished(@Nullable OffsetDateTime publishedAt, boolean timeKnown) {
		this.publishedAt = publishedAt;
		this.publishedTimeKnown = publishedAt != null && timeKnown;
	}

	void addBlock(ArticleBlock block) {
		this.blocks.add(block);
	}

	void addCitedSource(String name) {
		this.citedSources.add(name);
	}

	/**
	 * Replaces what the article's text was found to name, credit and quote.
	 */
	void describe(List<ArticleEntity> entities, List<ArticleAgency> agencies, List<ArticleQuote> quotes) {
		this.entities.clear();
		this.entities.addAll(entities);
		this.agencies.clear();
		this.agencies.addAll(agencies);
		this.quotes.clear();
		this.quotes.addAll(quotes);
	}

	void keepFacts(ArticleFacts facts) {
		this.facts = facts;
	}

	@Nullable ArticleFacts takeFacts() {
		ArticleFacts taken = this.facts;
		this.facts = null;
		return taken;
	}

	void placeInStory(long storyId, @Nullable LocalDate eventDay, String storyFeatures) {
		this.storyId = storyId;
		this.eventDay = eventDay;
		this.storyFeatures = storyFeatures;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getSource() {
		return this.source;
	}

	public String getContentHash() {
		return this.contentHash;
	}

	public String getTitle() {
		return this.title;
	}

	public @Nullable Outlet getOutlet() {
		return this.outlet;
	}

	public @Nullable String getAuthor() {
		return this.author;
	}

	public @Nullable OffsetDateTime getPublishedAt() {
		return this.publishedAt;
	}

	public boolean isPublishedTimeKnown() {
		return this.publishedTimeKnown;
	}

	public String getLanguage() {
		return this.language;
	}

	public String getLead() {
		return this.lead;
	}

	public int getWordCount() {
		return this.wordCount;
	}

	public Instant getImportedAt() {
		return this.importedAt;
	}

	public List<ArticleBlock> getBlocks() {
		return this.blocks;
	}

	/**
	 * What searches match and score: the title twice, so that its words weigh more than
	 * the body's (as a boost would, without a second field to look up), then each block
	 * of the body; analysed by Warta on every backend ({@link PreAnalyzedText}).
	 */
	@FullTextField(name = SearchFields.TEXT, analyzer = SearchFields.ANALYZER,
			valueBridge = @ValueBridgeRef(type = PreAnalyzedText.Terms.class))
	@FullTextField(name = SearchFields.TEXT_PAIRS, analyzer = SearchFields.ANALYZER,
			valueBridge = @ValueBridgeRef(type = PreAnalyzedText.Pairs.class))
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "title")),
			@ObjectPath({ @PropertyValue(propertyName = "blocks"), @PropertyValue(propertyName = "content") }) })
	public List<String> getSearchText() {
		List<String> text = new ArrayList<>(this.blocks.size() + 2);
		text.add(this.title);
		text.add(this.title);
		this.blocks.forEach((block) -> text.add(block.getContent()));
		return text;
	}

	public List<String> getCitedSources() {
		return this.citedSources;
	}

	public List<ArticleEntity> getEntities() {
		return this.entities;
	}

	/**
	 * The entities it names most, for the entity facets of lists: counted per hit, so
	 * only a few an article.
	 */
	@KeywordField(name = SearchFields.FACET_ENTITY, aggregable = Aggregable.YES, searchable = Searchable.NO)
	@IndexingDependency(derivedFrom = @ObjectPath({ @PropertyValue(propertyName = "entities"),
			@PropertyValue(propertyName = "slug") }))
	public List<String> getFacetEntities() {
		return this.entities.stream().limit(FACET_ENTITIES).map(ArticleEntity::getSlug).toList();
	}

	public List<ArticleAgency> getAgencies() {
		return this.agencies;
	}

	public List<ArticleQuote> getQuotes() {
		return this.quotes;
	}

	public @Nullable Long getStoryId() {
		return this.storyId;
	}

	public @Nullable LocalDate getEventDay() {
		return this.eventDay;
	}

	public @Nullable String getStoryFeatures() {
		return this.storyFeatures;
	}

}
