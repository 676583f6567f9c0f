package id.warta.source;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every reason a fetch can fail for reaches the admin area in both languages.
 */
class FetchReasonTests {

	@Test
	void everyFetchFailureHasAReasonAndEveryReasonAMessageInBothLanguages() throws IOException {
		for (FetchException.Kind kind : FetchException.Kind.values()) {
			assertThat(FetchReason.of(new FetchException(kind, 0, "x"))).hasToString(kind.name());
		}
		assertThat(FetchReason.of(new IllegalArgumentException("bad"))).isEqualTo(FetchReason.BAD_ADDRESS);
		assertThat(FetchReason.of(new IllegalStateException("bug"))).isEqualTo(FetchReason.INTERNAL);
		for (String file : List.of("messages.properties", "messages_en.properties")) {
			Properties messages = new Properties();
			try (InputStreamReader in = new InputStreamReader(new ClassPathResource(file).getInputStream(),
					StandardCharsets.UTF_8)) {
				messages.load(in);
			}
			for (FetchReason reason : FetchReason.values()) {
				assertThat(messages.getProperty("admin.reason." + reason.name())).as(file + " " + reason).isNotBlank();
			}
		}
	}

}
