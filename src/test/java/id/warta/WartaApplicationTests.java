package id.warta;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WartaApplicationTests {

	@Test
	void aWordThatIsNoCommandIsUnknownAndNeverStartsTheServer() {
		assertThat(WartaApplication.unknownCommand(new String[] { "stoies" })).isTrue();
		assertThat(WartaApplication.unknownCommand(new String[] { "serve" })).isTrue();
		assertThat(WartaApplication.unknownCommand(new String[] { "" })).isTrue();
		assertThat(WartaApplication.unknownCommand(new String[] { "Stories" })).isTrue();
	}

	@Test
	void commandsAndServerOptionsAreKnown() {
		for (String command : WartaApplication.COMMANDS) {
			assertThat(WartaApplication.unknownCommand(new String[] { command })).as(command).isFalse();
		}
		assertThat(WartaApplication.unknownCommand(new String[] { "--server.port=9090" })).isFalse();
		assertThat(WartaApplication.unknownCommand(new String[0])).isFalse();
	}

}
