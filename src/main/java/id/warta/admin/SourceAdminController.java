package id.warta.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import id.warta.source.NotOpmlException;
import id.warta.source.SourceForm;
import id.warta.source.SourceKind;
import id.warta.source.SourceService;
import id.warta.source.SourceView;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sources page (list, add, OPML) and each source's page (edit, pause, run now,
 * delete, fetch log).
 */
@Controller
@RequestMapping("/admin/sources")
class SourceAdminController {

	static final int LOG_LINES = 100;

	private final SourceService sources;

	SourceAdminController(SourceService sources) {
		this.sources = sources;
	}

	@ModelAttribute("kinds")
	List<SourceKind> kinds() {
		return List.of(SourceKind.values());
	}

	@GetMapping
	String list(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", SourceForm.empty(this.sources.defaultPollMinutes()));
		}
		model.addAttribute("sources", this.sources.list());
		return "admin/sources";
	}

	@PostMapping
	String add(@Valid @ModelAttribute("form") SourceForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Optional<SourceView> existing = (form.url() != null) ? this.sources.findByUrl(form.url()) : Optional.empty();
		if (errors.hasErrors() || existing.isPresent()) {
			// An address that is already a source says which one, rather than adding it
			// twice.
			model.addAttribute("duplicateOf", existing.orElse(null));
			model.addAttribute("sources", this.sources.list());
			return "admin/sources";
		}
		long id = this.sources.add(form);
		redirect.addFlashAttribute("notice", "admin.notice.added");
		return "redirect:/admin/sources/" + id;
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		SourceView source = this.sources.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("source", source);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new SourceForm(source.url(), source.kind(), source.name(), source.urlPattern(),
					source.pollMinutes()));
		}
		model.addAttribute("log", this.sources.fetchLog(id, LOG_LINES));
		return "admin/source";
	}

	@PostMapping("/{id}")
	String edit(@PathVariable long id, @Valid @ModelAttribute("form") SourceForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Optional<SourceView> existing = (form.url() != null) ? this.sources.findByUrl(form.url(), id)
				: Optional.empty();
		if (errors.hasErrors() || existing.isPresent()) {
			model.addAttribute("duplicateOf", existing.orElse(null));
			return show(id, model);
		}
		found(this.sources.edit(id, form));
		redirect.addFlashAttribute("notice", "admin.notice.saved");
		return "redirect:/admin/sources/" + id;
	}

	@PostMapping("/{id}/pause")
	String pause(@PathVariable long id, RedirectAttributes redirect) {
		found(this.sources.setPaused(id, true));
		redirect.addFlashAttribute("notice", "admin.notice.paused");
		return "redirect:/admin/sources/" + id;
	}

	@PostMapping("/{id}/resume")
	String resume(@PathVariable long id, RedirectAttributes redirect) {
		found(this.sources.setPaused(id, false));
		redirect.addFlashAttribute("notice", "admin.notice.resumed");
		return "redirect:/admin/sources/" + id;
	}

	@PostMapping("/{id}/run")
	String run(@PathVariable long id, RedirectAttributes redirect) {
		found(this.sources.find(id).isPresent());
		boolean started = this.sources.runNow(id);
		redirect.addFlashAttribute("notice", started ? "admin.notice.started" : "admin.notice.running");
		return "redirect:/admin/sources/" + id;
	}

	/** Deleting asks first: this page, whose button posts the deletion. */
	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		model.addAttribute("source",
				this.sources.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "admin/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		found(this.sources.delete(id));
		redirect.addFlashAttribute("notice", "admin.notice.deleted");
		return "redirect:/admin/sources";
	}

	@GetMapping("/opml")
	ResponseEntity<byte[]> exportOpml() {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "x-opml", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("warta-sources.opml").build().toString())
			.body(this.sources.exportOpml().getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/opml")
	String importOpml(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("opmlError", "admin.error.opml.empty");
			return "redirect:/admin/sources";
		}
		int added;
		try {
			added = this.sources.importOpml(new String(file.getBytes(), StandardCharsets.UTF_8));
		}
		catch (NotOpmlException ex) {
			redirect.addFlashAttribute("opmlError", "admin.error.opml");
			return "redirect:/admin/sources";
		}
		redirect.addFlashAttribute("notice", "admin.notice.imported");
		redirect.addFlashAttribute("noticeCount", added);
		return "redirect:/admin/sources";
	}

	private static void found(boolean exists) {
		if (!exists) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
