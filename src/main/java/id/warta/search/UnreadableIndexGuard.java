package id.warta.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Before Hibernate Search opens the index, deletes index folders that Lucene cannot read
 * (a crash mid-write, files removed by hand, a disk error) or that an older version built
 * with other fields ({@link IndexLayout}), so that the application starts with an empty
 * index instead of failing, and {@link IndexBootstrap} rebuilds it from the database. The
 * index holds nothing that the database does not.
 */
@Component
class UnreadableIndexGuard implements HibernatePropertiesCustomizer {

	static final String INDEX_ROOT = "hibernate.search.backend.directory.root";

	private static final Logger logger = LoggerFactory.getLogger(UnreadableIndexGuard.class);

	@Override
	public void customize(Map<String, Object> hibernateProperties) {
		Object root = hibernateProperties.get(INDEX_ROOT);
		if (root == null) {
			return;
		}
		Path rootDir = Path.of(root.toString());
		if (!Files.isDirectory(rootDir)) {
			logger.info("Search index folder {} does not exist: it will be built from the database", rootDir);
			return;
		}
		List<Path> indexes = indexes(rootDir);
		if (!IndexLayout.isCurrent(rootDir) && indexes.stream().anyMatch(UnreadableIndexGuard::hasFiles)) {
			logger.info("Search index in {} was built with an older layout of its fields: deleting it,"
					+ " it will be rebuilt from the database", rootDir);
			indexes.forEach(UnreadableIndexGuard::delete);
			return;
		}
		for (Path index : indexes) {
			Optional<String> problem = problem(index);
			if (problem.isPresent()) {
				logger.warn("Search index {} is unreadable ({}): deleting it, it will be rebuilt from the database",
						index, problem.get());
				delete(index);
			}
		}
	}

	private static List<Path> indexes(Path root) {
		try (Stream<Path> entries = Files.list(root)) {
			return entries.filter(Files::isDirectory).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the search index folder " + root, ex);
		}
	}

	/**
	 * Why Lucene cannot read the index in this folder, if it cannot. An empty folder is
	 * fine: Hibernate Search creates the index in it.
	 */
	static Optional<String> problem(Path index) {
		try (Stream<Path> files = Files.list(index)) {
			if (files.findAny().isEmpty()) {
				return Optional.empty();
			}
		}
		catch (IOException ex) {
			return Optional.of(ex.toString());
		}
		try (Directory directory = FSDirectory.open(index)) {
			if (!DirectoryReader.indexExists(directory)) {
				return Optional.of("files but no index");
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				// Opening reads the segment list and every segment's metadata; that a
				// document count can be had shows the segments are there.
				reader.numDocs();
			}
			return Optional.empty();
		}
		catch (IOException | RuntimeException ex) {
			return Optional.of(ex.toString());
		}
	}

	private static boolean hasFiles(Path index) {
		try (Stream<Path> files = Files.list(index)) {
			return files.findAny().isPresent();
		}
		catch (IOException ex) {
			return true;
		}
	}

	private static void delete(Path index) {
		try {
			FileSystemUtils.deleteRecursively(index);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete the unreadable search index " + index, ex);
		}
	}

}
