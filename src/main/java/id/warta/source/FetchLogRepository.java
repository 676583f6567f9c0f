package id.warta.source;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Transactional;

interface FetchLogRepository extends JpaRepository<FetchLogEntry, Long> {

	List<FetchLogEntry> findBySourceIdOrderByFetchedAtDescIdDesc(long sourceId, Pageable pageable);

	@Modifying
	@Transactional
	@Query("delete from FetchLogEntry e where e.fetchedAt < :before")
	int deleteOlderThan(Instant before);

}
