package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.VariantId;
import java.util.concurrent.atomic.AtomicLong;

/** Ids no other caller of the same instance got: what a fake's contract test hands out as fresh owners and cards. */
public final class FreshIds {

    private final AtomicLong next = new AtomicLong();

    public AccountId account() {
        return new AccountId(next.incrementAndGet());
    }

    public CardId card() {
        return new CardId(next.incrementAndGet());
    }

    public VariantId variant() {
        return new VariantId(next.incrementAndGet());
    }
}
