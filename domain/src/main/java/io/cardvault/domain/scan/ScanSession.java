package io.cardvault.domain.scan;

import io.cardvault.domain.account.AccountId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Aggregate: one cross-device scan session. A signed-in owner opens it; a phone claims it once
 * with the claim token and reports photos and recognised cards; the phone completes it, after
 * which nothing more is accepted. It lives {@link #LIFETIME} from opening and dies after
 * {@link #IDLE} without activity (a completed session only by its lifetime, so its review stays
 * readable); {@link ScanStatus#EXPIRED} is read off the clock, never stored.
 */
public final class ScanSession {

    public static final Duration LIFETIME = Duration.ofMinutes(30);
    public static final Duration IDLE = Duration.ofMinutes(5);
    /** A binder's worth and more; keeps one session's photos and rows bounded. */
    public static final int MAX_CARDS = 500;
    public static final int MAX_DEVICE_NAME = 100;

    private final ScanSessionId id;
    private final AccountId owner;
    private final ClaimToken token;
    private final ConfirmationCode confirmationCode;
    private final Instant openedAt;
    private final Instant expiresAt;
    private Instant lastActivityAt;
    private ScanStatus status;
    private String deviceName;
    private int photoCount;
    private final TreeMap<Integer, ScanCard> cards;

    private ScanSession(ScanSessionId id, AccountId owner, ClaimToken token, ConfirmationCode confirmationCode,
                        Instant openedAt, Instant expiresAt, Instant lastActivityAt, ScanStatus status,
                        String deviceName, int photoCount, List<ScanCard> cards) {
        this.id = Objects.requireNonNull(id, "id");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.token = Objects.requireNonNull(token, "token");
        this.confirmationCode = Objects.requireNonNull(confirmationCode, "confirmationCode");
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.lastActivityAt = Objects.requireNonNull(lastActivityAt, "lastActivityAt");
        this.status = Objects.requireNonNull(status, "status");
        if (status == ScanStatus.EXPIRED) {
            throw new IllegalArgumentException("expired is read off the clock, never stored");
        }
        if ((status == ScanStatus.PENDING) != (deviceName == null)) {
            throw new IllegalArgumentException("a session has a device exactly when it was claimed");
        }
        if (photoCount < 0 || photoCount > MAX_CARDS) {
            throw new IllegalArgumentException("photo count out of range: " + photoCount);
        }
        this.deviceName = deviceName;
        this.photoCount = photoCount;
        this.cards = new TreeMap<>();
        for (ScanCard card : cards) {
            this.cards.put(card.cardIndex(), card);
        }
    }

    /** A new pending session of {@code owner}, living {@link #LIFETIME} from {@code now}. */
    public static ScanSession open(ScanSessionId id, AccountId owner, ClaimToken token, ConfirmationCode code, Instant now) {
        return new ScanSession(id, owner, token, code, now, now.plus(LIFETIME), now, ScanStatus.PENDING, null, 0, List.of());
    }

    /** A session as the store kept it. */
    public static ScanSession reconstitute(ScanSessionId id, AccountId owner, ClaimToken token, ConfirmationCode code,
                                           Instant openedAt, Instant expiresAt, Instant lastActivityAt, ScanStatus status,
                                           Optional<String> deviceName, int photoCount, List<ScanCard> cards) {
        return new ScanSession(id, owner, token, code, openedAt, expiresAt, lastActivityAt, status,
                deviceName.orElse(null), photoCount, cards);
    }

    /** The status at {@code now}: the stored one, or expired once the lifetime or the idle time has passed. */
    public ScanStatus statusAt(Instant now) {
        if (!now.isBefore(expiresAt)) {
            return ScanStatus.EXPIRED;
        }
        if (status != ScanStatus.COMPLETED && !now.isBefore(lastActivityAt.plus(IDLE))) {
            return ScanStatus.EXPIRED;
        }
        return status;
    }

    /** When the session ends unless something happens: the earlier of its lifetime and its idle limit. */
    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean ownedBy(AccountId account) {
        return owner.equals(account);
    }

    /** Refuses a token that is not this session's. */
    public void authenticate(String presentedToken) {
        if (!token.matches(presentedToken)) {
            throw new ScanSessionRefusedException(ScanSessionRefusedException.Reason.WRONG_TOKEN, "Invalid scan token");
        }
    }

    /** The phone joins: once only, with the token, while the session lives. */
    public void claim(String presentedToken, String device, Instant now) {
        authenticate(presentedToken);
        requireAlive(now);
        if (status != ScanStatus.PENDING) {
            throw new ScanSessionRefusedException(ScanSessionRefusedException.Reason.ALREADY_CLAIMED,
                    "Scan session already claimed");
        }
        String name = device == null ? "" : device.strip();
        if (name.isEmpty() || name.length() > MAX_DEVICE_NAME) {
            throw new InvalidScanDataException("device_name", "device_name is 1 to " + MAX_DEVICE_NAME + " characters");
        }
        deviceName = name;
        status = ScanStatus.CLAIMED;
        lastActivityAt = now;
    }

    /** Takes the next photo's place in the session and answers its card index. */
    public int recordPhoto(String presentedToken, Instant now) {
        requireReporting(presentedToken, now);
        if (photoCount >= MAX_CARDS) {
            throw new InvalidScanDataException("file", "a scan session holds at most " + MAX_CARDS + " photos");
        }
        int index = photoCount++;
        status = ScanStatus.ACTIVE;
        lastActivityAt = now;
        return index;
    }

    /** Records recognised cards; a card reported again under the same index replaces the earlier report. */
    public void recordResults(String presentedToken, List<ScanCard> reported, Instant now) {
        requireReporting(presentedToken, now);
        if (reported.isEmpty()) {
            throw new InvalidScanDataException("cards", "cards holds at least one card");
        }
        for (ScanCard card : reported) {
            cards.put(card.cardIndex(), card);
        }
        status = ScanStatus.ACTIVE;
        lastActivityAt = now;
    }

    /** The phone is done: nothing more is accepted. Answers how many cards the session holds. */
    public int complete(String presentedToken, Instant now) {
        requireReporting(presentedToken, now);
        status = ScanStatus.COMPLETED;
        lastActivityAt = now;
        return cards.size();
    }

    /** Refuses unless the token is right and the session is claimed or active and alive: checked before costly work. */
    public void requireReporting(String presentedToken, Instant now) {
        authenticate(presentedToken);
        requireAlive(now);
        switch (status) {
            case PENDING -> throw new ScanSessionRefusedException(ScanSessionRefusedException.Reason.NOT_CLAIMED,
                    "Scan session not claimed yet");
            case COMPLETED -> throw new ScanSessionRefusedException(ScanSessionRefusedException.Reason.COMPLETED,
                    "Scan session already completed");
            default -> {
                // claimed or active: the phone may report
            }
        }
    }

    private void requireAlive(Instant now) {
        if (statusAt(now) == ScanStatus.EXPIRED) {
            throw new ScanSessionRefusedException(ScanSessionRefusedException.Reason.EXPIRED, "Scan session expired");
        }
    }

    public ScanSessionId id() {
        return id;
    }

    public AccountId owner() {
        return owner;
    }

    public ClaimToken token() {
        return token;
    }

    public ConfirmationCode confirmationCode() {
        return confirmationCode;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant lastActivityAt() {
        return lastActivityAt;
    }

    /** The stored status (never expired); {@link #statusAt} is what callers show. */
    public ScanStatus storedStatus() {
        return status;
    }

    public Optional<String> deviceName() {
        return Optional.ofNullable(deviceName);
    }

    public int photoCount() {
        return photoCount;
    }

    /** The reported cards by index. */
    public List<ScanCard> cards() {
        return new ArrayList<>(cards.values());
    }

    @Override
    public String toString() {
        return "ScanSession[" + id + ", " + status + ", " + cards.size() + " cards]";
    }
}
