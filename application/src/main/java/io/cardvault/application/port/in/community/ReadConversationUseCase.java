package io.cardvault.application.port.in.community;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.ListingId;
import java.util.Optional;

/**
 * Use case: the conversation with one account (optionally only about one listing), the newest
 * {@link #LIMIT} messages; marks every received message of it read on each call (the spec's rule).
 */
public interface ReadConversationUseCase {

    int LIMIT = 200;

    Conversation read(AccountId owner, String username, Optional<ListingId> listing);
}
