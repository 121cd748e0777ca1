package io.cardvault.domain.account;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A user of the platform. Created by {@link #register}, rebuilt from storage by
 * {@link #reconstitute}; the id is empty until the store has assigned one.
 */
public final class Account {

    public static final int MAX_DISPLAY_NAME_LENGTH = 60;

    private final AccountId id;
    private final Username username;
    private final EmailAddress email;
    private final PasswordHash passwordHash;
    private final Tier tier;
    private final String displayName;
    private final String country;
    private final boolean admin;
    private final boolean seller;
    private final Instant createdAt;
    private final Instant deletionRequestedAt;

    private Account(AccountId id, Username username, EmailAddress email, PasswordHash passwordHash, Tier tier,
                    String displayName, String country, boolean admin, boolean seller, Instant createdAt,
                    Instant deletionRequestedAt) {
        this.id = id;
        this.username = Objects.requireNonNull(username, "username");
        this.email = Objects.requireNonNull(email, "email");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.tier = Objects.requireNonNull(tier, "tier");
        this.displayName = normaliseDisplayName(displayName);
        this.country = normaliseCountry(country);
        this.admin = admin;
        this.seller = seller;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.deletionRequestedAt = deletionRequestedAt;
    }

    /** A new sign-up: Free tier, no roles. */
    public static Account register(Username username, EmailAddress email, PasswordHash passwordHash,
                                   String displayName, String country, Instant now) {
        return new Account(null, username, email, passwordHash, Tier.FREE, displayName, country, false, false, now, null);
    }

    public static Account reconstitute(AccountId id, Username username, EmailAddress email, PasswordHash passwordHash,
                                       Tier tier, String displayName, String country, boolean admin, boolean seller,
                                       Instant createdAt, Instant deletionRequestedAt) {
        return new Account(Objects.requireNonNull(id, "id"), username, email, passwordHash, tier, displayName,
                country, admin, seller, createdAt, deletionRequestedAt);
    }

    /** The same account with the id the store assigned. */
    public Account withId(AccountId assigned) {
        return new Account(Objects.requireNonNull(assigned, "assigned"), username, email, passwordHash, tier,
                displayName, country, admin, seller, createdAt, deletionRequestedAt);
    }

    /** The same account with a new password hash (the caller has checked the current password). */
    public Account changePassword(PasswordHash newHash) {
        return new Account(id, username, email, Objects.requireNonNull(newHash, "newHash"), tier, displayName, country,
                admin, seller, createdAt, deletionRequestedAt);
    }

    /**
     * Flags the account for deletion at {@code now} once {@code confirmation} is exactly
     * {@code DELETE <username>}; a second request keeps the first time, so the grace never restarts.
     */
    public Account requestDeletion(String confirmation, Instant now) {
        requireConfirmation(confirmation);
        return deletionRequestedAt != null ? this : new Account(id, username, email, passwordHash, tier, displayName,
                country, admin, seller, createdAt, Objects.requireNonNull(now, "now"));
    }

    /** Withdraws a pending deletion; the confirmation is the same phrase as for the request. */
    public Account cancelDeletion(String confirmation) {
        requireConfirmation(confirmation);
        if (deletionRequestedAt == null) {
            throw new AccountDeletionException("No account deletion is pending");
        }
        return new Account(id, username, email, passwordHash, tier, displayName, country, admin, seller, createdAt, null);
    }

    /** The phrase that confirms deleting this account. */
    public String deletionConfirmation() {
        return "DELETE " + username.value();
    }

    private void requireConfirmation(String confirmation) {
        if (!deletionConfirmation().equals(confirmation == null ? null : confirmation.strip())) {
            throw new AccountDeletionException("confirm must equal \"" + deletionConfirmation() + "\"");
        }
    }

    /**
     * The same account set up as a marketplace seller under {@code displayName} in {@code country}
     * (ISO 3166-1 alpha-2); a second set-up changes the name and country.
     */
    public Account becomeSeller(String sellerName, String sellerCountry) {
        if (sellerName == null || sellerName.isBlank()) {
            throw new InvalidAccountDataException("display_name", "display_name is required");
        }
        if (sellerCountry == null || sellerCountry.isBlank()) {
            throw new InvalidAccountDataException("country", "country is required");
        }
        return new Account(id, username, email, passwordHash, tier, sellerName, sellerCountry, admin, true, createdAt,
                deletionRequestedAt);
    }

    /** The same account marked as an administrator (operators grant it by configuration). */
    public Account asAdmin() {
        return admin ? this : new Account(id, username, email, passwordHash, tier, displayName, country, true, seller,
                createdAt, deletionRequestedAt);
    }

    /** When a pending deletion becomes final, given the grace period. */
    public Optional<Instant> deletionDueAt(java.time.Duration grace) {
        return Optional.ofNullable(deletionRequestedAt).map(requested -> requested.plus(grace));
    }

    /** Whether this account may hold one more key, given how many it holds now. */
    public boolean mayCreateKey(int keysHeld) {
        return keysHeld < tier.maxKeys();
    }

    private static String normaliseDisplayName(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            return null;
        }
        String trimmed = displayName.strip();
        if (trimmed.length() > MAX_DISPLAY_NAME_LENGTH) {
            throw new InvalidAccountDataException("display_name", "display_name must be at most 60 characters");
        }
        return trimmed;
    }

    private static String normaliseCountry(String country) {
        if (country == null || country.isBlank()) {
            return null;
        }
        String code = country.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            throw new InvalidAccountDataException("country", "country must be an ISO 3166-1 alpha-2 code");
        }
        return code;
    }

    public Optional<AccountId> id() {
        return Optional.ofNullable(id);
    }

    /** The id of a stored account; only stored accounts reach the places that ask. */
    public AccountId requireId() {
        if (id == null) {
            throw new IllegalStateException("account " + username.value() + " is not stored yet");
        }
        return id;
    }

    public Username username() {
        return username;
    }

    public EmailAddress email() {
        return email;
    }

    public PasswordHash passwordHash() {
        return passwordHash;
    }

    public Tier tier() {
        return tier;
    }

    public Optional<String> displayName() {
        return Optional.ofNullable(displayName);
    }

    public Optional<String> country() {
        return Optional.ofNullable(country);
    }

    public boolean admin() {
        return admin;
    }

    public boolean seller() {
        return seller;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> deletionRequestedAt() {
        return Optional.ofNullable(deletionRequestedAt);
    }
}
