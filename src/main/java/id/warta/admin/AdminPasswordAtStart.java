package id.warta.admin;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Generates the admin password at first start, so that it shows in the start-up log and
 * not at some later first sign-in.
 */
@Component
@ConditionalOnWebApplication
class AdminPasswordAtStart {

	private final AdminUsers users;

	AdminPasswordAtStart(AdminUsers users) {
		this.users = users;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ensurePassword() {
		this.users.passwordHash();
	}

}
