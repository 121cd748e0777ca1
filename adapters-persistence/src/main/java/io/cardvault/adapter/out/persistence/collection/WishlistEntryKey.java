package io.cardvault.adapter.out.persistence.collection;

import java.io.Serializable;
import java.util.Objects;

/** The primary key of {@link WishlistEntryJpaEntity}: one wish per account and card. */
class WishlistEntryKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private long accountId;
    private long cardId;

    /** For JPA only. */
    public WishlistEntryKey() {
    }

    WishlistEntryKey(long accountId, long cardId) {
        this.accountId = accountId;
        this.cardId = cardId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WishlistEntryKey key && key.accountId == accountId && key.cardId == cardId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, cardId);
    }
}
