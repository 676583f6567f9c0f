package id.warta.admin;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one admin. The password comes from {@code WARTA_ADMIN_PASSWORD}; without it, one is
 * generated on first need, logged once, and only its hash is stored. There is no default
 * password.
 */
@Component
@ConditionalOnWebApplication
class AdminUsers implements UserDetailsService {

	private static final Logger logger = LoggerFactory.getLogger(AdminUsers.class);

	private final AdminSettings settings;

	private final AdminAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final Clock clock;

	// The hash of the configured password, made once: hashing is slow on purpose.
	private volatile @Nullable String configuredHash;

	AdminUsers(AdminSettings settings, AdminAccountRepository accounts, PasswordEncoder encoder, Clock clock) {
		this.settings = settings;
		this.accounts = accounts;
		this.encoder = encoder;
		this.clock = clock;
	}

	@Override
	@Transactional
	public UserDetails loadUserByUsername(String username) {
		if (!this.settings.username().equals(username)) {
			throw new UsernameNotFoundException("no such user");
		}
		return User.withUsername(username).password(passwordHash()).roles("ADMIN").build();
	}

	/**
	 * Makes sure the admin can sign in: generates and logs the password at first start
	 * when none is configured.
	 */
	@Transactional
	String passwordHash() {
		String configured = this.settings.password();
		if (configured != null && !configured.isBlank()) {
			String hash = this.configuredHash;
			if (hash == null) {
				hash = this.encoder.encode(configured);
				this.configuredHash = hash;
			}
			return hash;
		}
		return this.accounts.findById(this.settings.username())
			.map(AdminAccount::getPasswordHash)
			.orElseGet(this::generate);
	}

	private String generate() {
		byte[] random = new byte[18];
		new SecureRandom().nextBytes(random);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		String hash = this.encoder.encode(password);
		this.accounts.save(new AdminAccount(this.settings.username(), hash, this.clock.instant()));
		logger.warn("\n\nGenerated admin password for user '{}': {}\n"
				+ "It is shown only this once and stored only as a hash. Set WARTA_ADMIN_PASSWORD to choose one.\n",
				this.settings.username(), password);
		return hash;
	}

}
