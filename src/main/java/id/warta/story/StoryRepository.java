package id.warta.story;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoryRepository extends JpaRepository<Story, Long> {

	Optional<Story> findTopByOrderByIdDesc();

}
