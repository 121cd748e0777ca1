package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.account.AccountId;
import java.util.Objects;

/** An account becomes a seller ({@code POST /seller/setup}): the name buyers see and an ISO-2 country, both required. */
public record SetUpSellerCommand(AccountId account, String displayName, String country) {

    public SetUpSellerCommand {
        Objects.requireNonNull(account, "account");
    }
}
