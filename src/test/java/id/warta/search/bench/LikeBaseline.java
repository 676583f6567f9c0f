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

import id.warta.search.bench.ClosedLoop.Measurement;

/**
 * The baseline for the load benchmark: the same searches as SQL {@code LIKE '%word%'}
 * over titles and bodies, as FreshRSS, wallabag and CommaFeed search, on the same H2
 * database (opened read-only, with the server stopped), at the same concurrency as the
 * search it is compared with: 4 clients, each with its own connection, closed loop. Each
 * request is what a results page needs: the count of matches and the newest 20.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=id.warta.search.bench.LikeBaseline \
 *     -Dexec.args="/tmp/bench100k 10 kompas-dunia"
 * </pre>
 *
 * Arguments: the data folder, the seconds each search runs (after one warm-up request per
 * client) and the outlet of the faceted search (the one {@link LoadBenchmark} used: the
 * first outlet on the home page).
 */
public final class LikeBaseline implements AutoCloseable {

	static final int CLIENTS = 4;

	private final List<Connection> connections = new ArrayList<>();

	LikeBaseline(String dataDir) throws SQLException {
		String url = "jdbc:h2:file:" + dataDir + "/db/warta;ACCESS_MODE_DATA=r";
		for (int i = 0; i < CLIENTS; i++) {
			this.connections.add(DriverManager.getConnection(url, "sa", ""));
		}
	}

	public static void main(String[] args) throws Exception {
		String dataDir = (args.length > 0) ? args[0] : "/tmp/bench100k";
		int seconds = (args.length > 1) ? Integer.parseInt(args[1]) : 10;
		String outlet = (args.length > 2) ? args[2] : "kompas-dunia";
		try (LikeBaseline like = new LikeBaseline(dataDir)) {
			System.out.printf("%-30s %10s %10s %8s%n", "search as SQL LIKE (4 clients)", "p50 ms", "p99 ms", "hits");
			for (Map.Entry<String, String> search : LoadBenchmark.SEARCHES.entrySet()) {
				like.print(search.getKey(), search.getValue(), null, seconds);
			}
			like.print("search: word + outlet facet", "amunisi", outlet, seconds);
		}
	}

	private void print(String name, String query, String outlet, int seconds) throws Exception {
		long hits = hits(query, outlet);
		Measurement measurement = measure(query, outlet, seconds);
		System.out.printf("%-30s %10.1f %10.1f %8d%n", name, measurement.percentile(50), measurement.percentile(99),
				hits);
	}

	/** The count of matches of a query, in an outlet or (null) in all. */
	long hits(String query, String outlet) throws SQLException {
		return new Search(words(query), outlet).run(this.connections.get(0));
	}

	/** A query at {@value #CLIENTS} clients for a while, after one request each. */
	Measurement measure(String query, String outlet, int seconds) throws InterruptedException {
		Search search = new Search(words(query), outlet);
		ClosedLoop.run((client) -> search.run(this.connections.get(client)) >= 0, CLIENTS, 0);
		return ClosedLoop.run((client) -> search.run(this.connections.get(client)) >= 0, CLIENTS, seconds);
	}

	@Override
	public void close() throws SQLException {
		for (Connection connection : this.connections) {
			connection.close();
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

	/** One search as SQL: its count, then its newest 20. */
	private record Search(List<String> words, String outlet) {

		long run(Connection connection) throws SQLException {
			StringBuilder where = new StringBuilder();
			for (int i = 0; i < this.words.size(); i++) {
				where.append((i > 0) ? " and " : "")
					.append("(lower(a.title) like ? or exists (select 1 from article_block b"
							+ " where b.article_id = a.id and lower(b.content) like ?))");
			}
			String from = " from article a left join outlet o on o.id = a.outlet_id where " + where
					+ ((this.outlet != null) ? " and o.slug = ?" : "");
			long hits = query(connection, "select count(*)" + from, true);
			query(connection, "select a.id, a.title" + from + " order by a.published_at desc nulls last limit 20",
					false);
			return hits;
		}

		private long query(Connection connection, String sql, boolean count) throws SQLException {
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				int index = 1;
				for (String word : this.words) {
					statement.setString(index++, "%" + word + "%");
					statement.setString(index++, "%" + word + "%");
				}
				if (this.outlet != null) {
					statement.setString(index, this.outlet);
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

}
