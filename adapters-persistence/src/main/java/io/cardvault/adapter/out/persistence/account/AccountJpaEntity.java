package io.cardvault.adapter.out.persistence.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A row of {@code account} (V4, V10, V81). Times are UTC wall-clock values ({@code DATETIME(3)});
 * {@link AccountJpaMapper} turns them into instants. The session generation lives here, beside the
 * account it belongs to, but only the session queries of {@link JpaAccountStore} read or move it.
 */
@Entity
@Table(name = "account")
class AccountJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 30)
    private String username;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false, length = 32)
    private String tier;

    @Column(name = "display_name", length = 60)
    private String displayName;

    @Column(length = 2)
    private String country;

    @Column(name = "is_admin", nullable = false)
    private boolean admin;

    @Column(name = "is_seller", nullable = false)
    private boolean seller;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "deletion_requested_at")
    private LocalDateTime deletionRequestedAt;

    /**
     * Moved on only by {@link JpaAccountStore#endAllSessions}'s one-statement increment (two nodes
     * ending sessions at once both count); this class never changes it, so no update writes it back.
     */
    @Column(name = "session_generation", nullable = false)
    private long sessionGeneration;

    /** For JPA only. */
    protected AccountJpaEntity() {
    }

    AccountJpaEntity(String username, String email, String passwordHash, String tier, String displayName,
                     String country, boolean admin, boolean seller, LocalDateTime createdAt,
                     LocalDateTime deletionRequestedAt) {
        this.username = username;
        this.email = email;
        this.passwordHash = passwordHash;
        this.tier = tier;
        this.displayName = displayName;
        this.country = country;
        this.admin = admin;
        this.seller = seller;
        this.createdAt = createdAt;
        this.deletionRequestedAt = deletionRequestedAt;
    }

    /** What an account update writes: the password hash and the deletion flag. */
    void overwriteCredentialsAndDeletion(String newPasswordHash, LocalDateTime newDeletionRequestedAt) {
        this.passwordHash = newPasswordHash;
        this.deletionRequestedAt = newDeletionRequestedAt;
    }

    /** What a seller set-up writes: the flag and the name and country buyers see. */
    void overwriteSeller(boolean newSeller, String newDisplayName, String newCountry) {
        this.seller = newSeller;
        this.displayName = newDisplayName;
        this.country = newCountry;
    }

    void moveToTier(String newTier) {
        this.tier = newTier;
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    String tier() {
        return tier;
    }

    String displayName() {
        return displayName;
    }

    String country() {
        return country;
    }

    boolean admin() {
        return admin;
    }

    boolean seller() {
        return seller;
    }

    LocalDateTime createdAt() {
        return createdAt;
    }

    LocalDateTime deletionRequestedAt() {
        return deletionRequestedAt;
    }
}
