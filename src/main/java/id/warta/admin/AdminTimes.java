package id.warta.admin;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import id.warta.system.Dateline;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Moments in the admin area, in Western Indonesian Time like every date Warta shows.
 * Templates call it as {@code @adminTimes}, so it is public (SpEL calls public methods
 * only).
 */
@Component("adminTimes")
public class AdminTimes {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(Dateline.WIB);

	public String format(@Nullable Instant moment) {
		return (moment != null) ? FORMAT.format(moment) + " WIB" : "–";
	}

}
