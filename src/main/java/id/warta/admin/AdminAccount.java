package id.warta.admin;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The admin's generated password, as a hash only.
 */
@Entity
@Table(name = "admin_account")
class AdminAccount {

	@Id
	@Column(length = 100)
	private String username;

	@Column(name = "password_hash", nullable = false, length = 200)
	private String passwordHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected AdminAccount() {
		this.username = "";
		this.passwordHash = "";
		this.createdAt = Instant.EPOCH;
	}

	AdminAccount(String username, String passwordHash, Instant createdAt) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.createdAt = createdAt;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

}
