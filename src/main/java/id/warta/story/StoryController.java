package id.warta.story;

import id.warta.system.ListContext;
import id.warta.system.Pagination;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A story's page, "Liputan lengkap": every version side by side with its outlet, time,
 * headline, lead, agencies, who it quotes, its words and what only it reports; the
 * timeline of publication and the coverage over time.
 */
@Controller
class StoryController {

	private final StoryPages pages;

	StoryController(StoryPages pages) {
		this.pages = pages;
	}

	@GetMapping("/liputan/{id}")
	String story(@PathVariable String id, @RequestParam(required = false) @Nullable String page, Model model) {
		long storyId = PathValues.number(id);
		ListContext context = ListContext.of(null, null, null, null, null, page);
		StoryPage story = this.pages.page(storyId, context.page())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (story.versions().isEmpty() && context.page() > story.versions().totalPages()) {
			story = this.pages.page(storyId, story.versions().totalPages()).orElseThrow();
		}
		model.addAttribute("story", story);
		model.addAttribute("pagination",
				Pagination.of(story.versions(), (n) -> "/liputan/" + storyId + ((n > 1) ? "?page=" + n : "")));
		return "stories/story";
	}

}
