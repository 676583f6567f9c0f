package id.warta.search.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The baseline for the load benchmark: the same searches as SQL {@code LIKE '%word%'}
 * over titles and bodies, as FreshRSS, wallabag and CommaFeed search, on the same H2
 * database (opened read-only, with the server stopped). Prints the time per search: a
 * count of matches and the newest 20, as a results page needs.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=id.warta.search.bench.LikeBaseline \
 *     -Dexec.args="/tmp/bench100k 5"
 * </pre>
 *
 * Arguments: the data folder and the number of timed runs per search (after one warm-up).
 */
public final class LikeBaseline {

	private LikeBaseline() {
	}

	public static void main(String[] args) throws SQLException {
		String dataDir = (args.length > 0) ? args[0] : "/tmp/bench100k";
		int runs = (args.length > 1) ? Integer.parseInt(args[1]) : 5;
		String url = "jdbc:h2:file:" + dataDir + "/db/warta;ACCESS_MODE_DATA=r";
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			System.out.printf("%-30s %10s %10s %8s%n", "search as SQL LIKE", "median ms", "min ms", "hits");
			for (Map.Entry<String, String> search : LoadBenchmark.SEARCHES.entrySet()) {
				run(connection, search.getKey(), words(search.getValue()), null, runs);
			}
			run(connection, "search: word + outlet facet", words("amunisi"), "kabar-nusantara", runs);
		}
	}

	/**
	 * The words of a query, each of which a matching article must hold; a phrase is held
	 * as one string, as LIKE would search for it.
	 */
	static List<String> words(String query) {
		if (query.startsWith("\"")) {
			return List.of(query.replace("\"", "").toLowerCase(Locale.ROOT));
		}
		return Arrays.asList(query.toLowerCase(Locale.ROOT).split("\\s+"));
	}

	private static void run(Connection connection, String name, List<String> words, String outlet, int runs)
			throws SQLException {
		StringBuilder where = new StringBuilder();
		for (int i = 0; i < words.size(); i++) {
			where.append((i > 0) ? " and " : "")
				.append("(lower(a.title) like ? or exists (select 1 from article_block b"
						+ " where b.article_id = a.id and lower(b.content) like ?))");
		}
		String from = " from article a left join outlet o on o.id = a.outlet_id where " + where
				+ ((outlet != null) ? " and o.slug = ?" : "");
		String count = "select count(*)" + from;
		String page = "select a.id, a.title" + from + " order by a.published_at desc nulls last limit 20";
		List<Long> times = new ArrayList<>();
		long hits = 0;
		for (int run = 0; run <= runs; run++) {
			long start = System.nanoTime();
			hits = query(connection, count, words, outlet, true);
			query(connection, page, words, outlet, false);
			if (run > 0) {
				times.add(System.nanoTime() - start);
			}
		}
		times.sort(null);
		System.out.printf("%-30s %10.1f %10.1f %8d%n", name, times.get(times.size() / 2) / 1e6, times.get(0) / 1e6,
				hits);
	}

	private static long query(Connection connection, String sql, List<String> words, String outlet, boolean count)
			throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			int index = 1;
			for (String word : words) {
				statement.setString(index++, "%" + word + "%");
				statement.setString(index++, "%" + word + "%");
			}
			if (outlet != null) {
				statement.setString(index, outlet);
			}
			try (ResultSet result = statement.executeQuery()) {
				long rows = 0;
				while (result.next()) {
					rows = count ? result.getLong(1) : rows + 1;
				}
				return rows;
			}
		}
	}

}
