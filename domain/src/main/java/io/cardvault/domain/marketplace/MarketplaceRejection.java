package io.cardvault.domain.marketplace;

import io.cardvault.domain.shared.DomainException;

/**
 * A marketplace act the rules refuse in the state things are in: buying a sold listing, bidding on
 * one's own, shipping an unpaid order, rating twice. {@link #code()} is the stable word clients
 * branch on (the spec's {@code listing_unavailable}, {@code self_buy}, …).
 */
public abstract class MarketplaceRejection extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String code;

    protected MarketplaceRejection(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
