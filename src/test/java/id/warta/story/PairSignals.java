package id.warta.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.warta.scraper.Block;

/**
 * Prints the signals of every pair of fixtures, same-story pairs first (analysis only).
 */
public final class PairSignals {

	static String family(String story) {
		String f = story.split("-")[0];
		return (f.equals("korut") || f.equals("seeds")) ? "korea" : f;
	}

	public static void main(String[] args) {
		List<StoryFixtures.Fixture> fixtures = new ArrayList<>(StoryFixtures.all());
		fixtures.addAll(StoryFixtures.heldOut());
		StoryFeatureReader reader = new StoryFeatureReader();
		List<StoryFeatures> features = new ArrayList<>();
		Map<String, Integer> df = new HashMap<>();
		Map<String, Integer> ef = new HashMap<>();
		for (StoryFixtures.Fixture f : fixtures) {
			LocalDate published = (f.article().published() != null) ? f.article().published().dateTime().toLocalDate()
					: null;
			StoryFeatures sf = reader.read(f.article().title(), f.article().body().stream().map(Block::text).toList(),
					published);
			features.add(sf);
			sf.terms().keySet().forEach((t) -> df.merge(t, 1, Integer::sum));
			sf.entities().keySet().forEach((t) -> ef.merge(t, 1, Integer::sum));
			System.out.printf("%-50s %-22s day=%s md=%s dated=%s ents=%s%n", f.file().getFileName(), f.story(),
					sf.day(), sf.monthDay(), sf.dated(), sf.entities().keySet().stream().limit(8).toList());
		}
		TermStatistics stats = new TermStatistics() {
			public long articles() {
				return fixtures.size();
			}

			public long articlesWithTerm(String t) {
				return df.getOrDefault(t, 0);
			}

			public long articlesWithEntity(String s) {
				return ef.getOrDefault(s, 0);
			}
		};
		StorySimilarity similarity = new StorySimilarity(stats, StoryWeights.STANDARD);
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < fixtures.size(); i++) {
			for (int j = i + 1; j < fixtures.size(); j++) {
				boolean same = fixtures.get(i).story().equals(fixtures.get(j).story());
				String famI = family(fixtures.get(i).story());
				String famJ = family(fixtures.get(j).story());
				if (!same && !famI.equals(famJ)) {
					continue;
				}
				StorySimilarity.Signals s = similarity.compare(features.get(i), features.get(j));
				double score = StoryWeights.STANDARD.score(s);
				lines.add(String.format(
						"%s %6.3f text=%.3f title=%.3f ent=%.3f lead=%.3f lent=%.3f act=%.2f days=%s  %s ~ %s",
						same ? "SAME" : "DIFF", score, s.text(), s.title(), s.entities(), s.lead(), s.leadEntities(),
						s.actors(), s.daysApart(), fixtures.get(i).file().getFileName(),
						fixtures.get(j).file().getFileName()));
			}
		}
		lines.sort(null);
		lines.forEach(System.out::println);
	}

}
