package id.warta;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(WartaApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void documentsTheModules() throws java.io.IOException {
		Documenter documenter = new Documenter(this.modules);
		documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
		java.nio.file.Path components = java.nio.file.Path.of("target", "spring-modulith-docs", "components.puml");
		org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readString(components))
			.contains("\"Language\"", "\"Story\"", "\"Search\"", "\"Article\"", "\"Scraper\"")
			// At the bottom: language depends on no other module, the scraper on language
			// alone.
			.doesNotContain("Rel(WartaApplication.WartaApplication.Language,")
			.doesNotContainPattern(
					"Rel\\(WartaApplication\\.WartaApplication\\.Scraper, (?!WartaApplication\\.WartaApplication\\.Language\\b)")
			.contains("Rel(WartaApplication.WartaApplication.Search, WartaApplication.WartaApplication.Language");
	}

}
