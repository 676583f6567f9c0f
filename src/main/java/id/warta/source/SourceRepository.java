package id.warta.source;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SourceRepository extends JpaRepository<Source, Long> {

	List<Source> findAllByOrderByNameAscIdAsc();

	@Query("select s.id from Source s where s.paused = false and s.nextRunAt <= :now order by s.nextRunAt")
	List<Long> findDue(Instant now);

	/** Whether the source is paused; empty when it is gone. */
	@Query("select s.paused from Source s where s.id = :id")
	Optional<Boolean> findPausedById(long id);

	boolean existsByUrl(String url);

	Optional<Source> findFirstByUrlOrderById(String url);

	Optional<Source> findFirstByUrlAndIdNotOrderById(String url, Long id);

}
