package io.cardvault.domain.marketplace;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A seller's offer of a card: its {@link ListingTerms}, where it stands ({@link ListingStatus}) and
 * how long it runs. A new listing runs {@link #LIFETIME} (60 days); each renewal adds
 * {@link #RENEWAL} (30 days) to its expiry, or to now when it has expired already, and a second
 * renewal within {@link #RENEWAL_IDEMPOTENCE} of the last one changes nothing (a double click, a
 * mail link opened twice).
 *
 * <p>Each sale (a buy-now or an accepted bid) takes one copy; the sale of the last copy marks the
 * listing {@code sold}, whose quantity then stays the one copy that sale took. Listings are
 * immutable: every act gives a new listing with the same id.
 */
public final class Listing {

    public static final Duration LIFETIME = Duration.ofDays(60);
    public static final Duration RENEWAL = Duration.ofDays(30);
    public static final Duration RENEWAL_IDEMPOTENCE = Duration.ofSeconds(60);

    private final Optional<ListingId> id;
    private final AccountId seller;
    private final ListingTerms terms;
    private final ListingStatus status;
    private final Instant createdAt;
    private final Instant expiresAt;
    private final int renewalCount;
    private final Optional<Instant> lastRenewedAt;

    private Listing(Optional<ListingId> id, AccountId seller, ListingTerms terms, ListingStatus status, Instant createdAt,
                    Instant expiresAt, int renewalCount, Optional<Instant> lastRenewedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.seller = Objects.requireNonNull(seller, "seller");
        this.terms = Objects.requireNonNull(terms, "terms");
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        InvalidMarketplaceDataException.require(expiresAt.isAfter(createdAt), "expires_at",
                "a listing expires after it was created");
        InvalidMarketplaceDataException.require(renewalCount >= 0, "renewal_count", "renewal count cannot be negative");
        this.renewalCount = renewalCount;
        this.lastRenewedAt = Objects.requireNonNull(lastRenewedAt, "lastRenewedAt");
    }

    /** A new active listing, not stored yet, running {@link #LIFETIME} from {@code now}. */
    public static Listing create(AccountId seller, ListingTerms terms, Instant now) {
        return new Listing(Optional.empty(), seller, terms, ListingStatus.ACTIVE, now, now.plus(LIFETIME), 0, Optional.empty());
    }

    /**
     * A draft the seller has yet to publish (a row of an imported stock file): not on sale, never
     * expiring; its sixty days start when it is {@link #publish published}.
     */
    public static Listing draft(AccountId seller, ListingTerms terms, Instant now) {
        return new Listing(Optional.empty(), seller, terms, ListingStatus.DRAFT, now, now.plus(LIFETIME), 0, Optional.empty());
    }

    /** The draft on sale from {@code now}, running {@link #LIFETIME}; only a draft can be published. */
    public Listing publish(Instant now) {
        if (!isPublishable()) {
            throw new ListingNotActiveException(status);
        }
        Instant expiry = now.plus(LIFETIME);
        return new Listing(id, seller, terms, ListingStatus.ACTIVE, createdAt, expiry.isAfter(createdAt) ? expiry
                : createdAt.plus(LIFETIME), renewalCount, lastRenewedAt);
    }

    /** A listing as the store kept it. */
    public static Listing reconstitute(ListingId id, AccountId seller, ListingTerms terms, ListingStatus status,
                                       Instant createdAt, Instant expiresAt, int renewalCount,
                                       Optional<Instant> lastRenewedAt) {
        return new Listing(Optional.of(id), seller, terms, status, createdAt, expiresAt, renewalCount, lastRenewedAt);
    }

    public Listing stored(ListingId storedId) {
        return new Listing(Optional.of(storedId), seller, terms, status, createdAt, expiresAt, renewalCount, lastRenewedAt);
    }

    /** Active and not past its expiry: it can be bought and bid on. */
    public boolean isAvailableAt(Instant now) {
        return status == ListingStatus.ACTIVE && now.isBefore(expiresAt);
    }

    public boolean isOwnedBy(AccountId account) {
        return seller.equals(account);
    }

    /**
     * The listing after an instant purchase of one copy by {@code buyer}. Refused in this order: the
     * listing is no longer available, the buyer is its seller, buy-now is off.
     */
    public Listing buyNow(AccountId buyer, Instant now) {
        requireAvailable(now);
        if (isOwnedBy(buyer)) {
            throw new SelfBuyException();
        }
        if (!terms.buyNowEnabled()) {
            throw new BuyNowDisabledException();
        }
        return withOneCopySold();
    }

    /** A bid by {@code bidder} on this listing: it must be available, accept offers, and not be the bidder's own. */
    public Bid receiveBid(AccountId bidder, Money amount, Optional<String> message, Instant now) {
        requireAvailable(now);
        if (isOwnedBy(bidder)) {
            throw new SelfBidException();
        }
        if (!terms.acceptsOffers()) {
            throw new OffersDisabledException();
        }
        return Bid.place(requireId(), bidder, amount, message, now);
    }

    /** The listing after its seller accepted {@code bid}: one copy sold to the bidder. */
    public Listing acceptBid(Bid bid, Instant now) {
        InvalidMarketplaceDataException.require(id.isPresent() && bid.listing().equals(id.get()), "bid_id",
                "the bid is on another listing");
        if (bid.status() != BidStatus.PENDING) {
            throw new BidNotPendingException(bid.status());
        }
        requireAvailable(now);
        return withOneCopySold();
    }

    /** The listing with the seller's changes; only an active listing can be changed. */
    public Listing amend(ListingAmendment amendment) {
        if (!isAmendable()) {
            throw new ListingNotActiveException(status);
        }
        return new Listing(id, seller, terms.amend(amendment), status, createdAt, expiresAt, renewalCount, lastRenewedAt);
    }

    /** The listing taken off the market by its seller; a sold or withdrawn listing cannot be withdrawn. */
    public Listing withdraw() {
        if (!isWithdrawable()) {
            throw new ListingNotActiveException(status);
        }
        return new Listing(id, seller, terms, ListingStatus.WITHDRAWN, createdAt, expiresAt, renewalCount, lastRenewedAt);
    }

    /**
     * The listing running {@link #RENEWAL} longer (from its expiry, or from now when that has passed),
     * active again and counted; unchanged when renewed within the last {@link #RENEWAL_IDEMPOTENCE}.
     * Only an active or expired listing can be renewed.
     */
    public Listing renew(Instant now) {
        if (!isRenewable()) {
            throw new ListingNotActiveException(status);
        }
        if (lastRenewedAt.filter(last -> last.plus(RENEWAL_IDEMPOTENCE).isAfter(now)).isPresent()) {
            return this;
        }
        Instant from = expiresAt.isAfter(now) ? expiresAt : now;
        return new Listing(id, seller, terms, ListingStatus.ACTIVE, createdAt, from.plus(RENEWAL), renewalCount + 1,
                Optional.of(now));
    }

    /** Whether {@link #publish} takes it: a draft. The seller dashboard offers only the acts these allow. */
    public boolean isPublishable() {
        return status == ListingStatus.DRAFT;
    }

    /** Whether {@link #amend} takes it: active. */
    public boolean isAmendable() {
        return status == ListingStatus.ACTIVE;
    }

    /** Whether {@link #withdraw} takes it: anything not sold or withdrawn already. */
    public boolean isWithdrawable() {
        return status != ListingStatus.SOLD && status != ListingStatus.WITHDRAWN;
    }

    /** Whether {@link #renew} takes it: active or expired. */
    public boolean isRenewable() {
        return status == ListingStatus.ACTIVE || status == ListingStatus.EXPIRED;
    }

    /** Whether the expiry job should expire it: active and past its expiry. */
    public boolean isPastExpiryAt(Instant now) {
        return status == ListingStatus.ACTIVE && !now.isBefore(expiresAt);
    }

    /** The listing expired; only an active listing past its expiry expires. */
    public Listing expire(Instant now) {
        if (!isPastExpiryAt(now)) {
            throw new ListingNotActiveException(status);
        }
        return new Listing(id, seller, terms, ListingStatus.EXPIRED, createdAt, expiresAt, renewalCount, lastRenewedAt);
    }

    private void requireAvailable(Instant now) {
        if (!isAvailableAt(now)) {
            throw new ListingUnavailableException();
        }
    }

    private Listing withOneCopySold() {
        if (terms.quantity() > 1) {
            return new Listing(id, seller, terms.withQuantity(terms.quantity() - 1), status, createdAt, expiresAt,
                    renewalCount, lastRenewedAt);
        }
        return new Listing(id, seller, terms, ListingStatus.SOLD, createdAt, expiresAt, renewalCount, lastRenewedAt);
    }

    public ListingId requireId() {
        return id.orElseThrow(() -> new IllegalStateException("the listing is not stored yet"));
    }

    public Optional<ListingId> id() {
        return id;
    }

    public AccountId seller() {
        return seller;
    }

    public ListingTerms terms() {
        return terms;
    }

    public ListingStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public int renewalCount() {
        return renewalCount;
    }

    public Optional<Instant> lastRenewedAt() {
        return lastRenewedAt;
    }
}
