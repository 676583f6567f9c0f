package id.warta.source;

import java.util.regex.PatternSyntaxException;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What an admin enters for a source.
 *
 * @param url the address, http or https
 * @param kind what it holds, or {@code null} to find out on the first run
 * @param name a name to know it by; the host when blank
 * @param urlPattern for a section page, a regular expression its article addresses match
 * @param pollMinutes how often to poll it
 */
public record SourceForm(@NotBlank @Size(max = 2048) @Pattern(regexp = "(?i)https?://\\S+") String url,
		@Nullable SourceKind kind, @Size(max = 200) @Nullable String name, @Size(max = 500) @Nullable String urlPattern,
		@Min(5) @Max(10080) int pollMinutes) {

	/**
	 * Whether the URL pattern, if any, is a regular expression.
	 */
	@AssertTrue
	public boolean isPatternValid() {
		if (this.urlPattern == null || this.urlPattern.isBlank()) {
			return true;
		}
		try {
			java.util.regex.Pattern.compile(this.urlPattern);
			return true;
		}
		catch (PatternSyntaxException ex) {
			return false;
		}
	}

	/**
	 * An empty form with the default poll interval.
	 */
	public static SourceForm empty(int pollMinutes) {
		return new SourceForm("", null, "", "", pollMinutes);
	}

}
