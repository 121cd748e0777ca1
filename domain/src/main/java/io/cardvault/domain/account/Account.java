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

    private Account(AccountId id, Username username, EmailAddress email, PasswordHash passwordHash, Tier tier,
                    String displayName, String country, boolean admin, boolean seller, Instant createdAt) {
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
    }

    /** A new sign-up: Free tier, no roles. */
    public static Account register(Username username, EmailAddress email, PasswordHash passwordHash,
                                   String displayName, String country, Instant now) {
        return new Account(null, username, email, passwordHash, Tier.FREE, displayName, country, false, false, now);
    }

    public static Account reconstitute(AccountId id, Username username, EmailAddress email, PasswordHash passwordHash,
                                       Tier tier, String displayName, String country, boolean admin, boolean seller,
                                       Instant createdAt) {
        return new Account(Objects.requireNonNull(id, "id"), username, email, passwordHash, tier, displayName,
                country, admin, seller, createdAt);
    }

    /** The same account with the id the store assigned. */
    public Account withId(AccountId assigned) {
        return new Account(Objects.requireNonNull(assigned, "assigned"), username, email, passwordHash, tier,
                displayName, country, admin, seller, createdAt);
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
}
