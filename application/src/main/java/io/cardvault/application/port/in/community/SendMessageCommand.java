package io.cardvault.application.port.in.community;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.community.MessageId;
import io.cardvault.domain.marketplace.ListingId;
import java.util.Objects;
import java.util.Optional;

/** A message to send: to whom (by username), what, and optionally about which listing and in reply to which message. */
public record SendMessageCommand(AccountId sender, String toUsername, String body, Optional<String> subject,
                                 Optional<ListingId> listing, Optional<MessageId> parent) {

    public SendMessageCommand {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(listing, "listing");
        Objects.requireNonNull(parent, "parent");
    }
}
