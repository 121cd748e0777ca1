package io.cardvault.application.port.in.account;

import io.cardvault.domain.account.Tier;
import io.cardvault.domain.shared.DomainException;

/** The account already holds as many keys as its tier allows. */
public final class ApiKeyLimitReachedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ApiKeyLimitReachedException(Tier tier) {
        super("Your " + tier.displayName() + " tier allows " + tier.maxKeys() + " API key"
                + (tier.maxKeys() == 1 ? "" : "s") + "; delete one or upgrade to create another");
    }
}
