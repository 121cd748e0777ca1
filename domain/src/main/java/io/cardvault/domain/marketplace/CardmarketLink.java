package io.cardvault.domain.marketplace;

import io.cardvault.domain.account.AccountId;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A seller's Cardmarket account, as the seller named it ({@code POST /seller/cardmarket/link}): the
 * username the seller's stock exports come from. Nothing is fetched from Cardmarket with it; it is
 * shown beside the seller's listings and kept for the stock imports.
 */
public record CardmarketLink(AccountId seller, String username, Instant linkedAt) {

    /** Cardmarket's user names: letters, digits, dot, dash and underscore. */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,39}");

    public CardmarketLink {
        Objects.requireNonNull(seller, "seller");
        InvalidMarketplaceDataException.require(username != null && !username.isBlank(), "username", "field required");
        username = username.strip();
        InvalidMarketplaceDataException.require(USERNAME.matcher(username).matches(), "username",
                "a Cardmarket username is 2 to 40 letters, digits, '.', '-' or '_': " + username);
        Objects.requireNonNull(linkedAt, "linkedAt");
    }
}
