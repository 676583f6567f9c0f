package id.warta.admin;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may sign in to the admin area.
 *
 * @param username the admin's user name
 * @param password the admin's password, usually from the {@code WARTA_ADMIN_PASSWORD}
 * environment variable; when unset, one is generated at first start, logged once and
 * stored only as a hash
 */
@ConfigurationProperties("warta.admin")
public record AdminSettings(@DefaultValue("admin") String username, @Nullable String password) {
}
