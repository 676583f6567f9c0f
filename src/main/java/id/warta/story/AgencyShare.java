package id.warta.story;

import java.util.List;

import id.warta.search.TagCount;

/**
 * Which agencies an outlet relies on: each with its articles and their share of the
 * outlet's.
 *
 * @param agency the agency
 * @param articles the outlet's articles that credit it
 * @param percent their share of the outlet's articles, rounded
 */
record AgencyShare(TagCount agency, long articles, long percent) {

	static List<AgencyShare> of(List<TagCount> agencies, long total) {
		return agencies.stream()
			.map((agency) -> new AgencyShare(agency, agency.count(),
					(total > 0) ? Math.round(100.0 * agency.count() / total) : 0))
			.toList();
	}

}
