package io.cardvault.application.service.community;

import io.cardvault.application.port.in.community.Conversation;
import io.cardvault.application.port.in.community.ReadConversationUseCase;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.BlockListPort;
import io.cardvault.application.port.out.MessageStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.community.Message;
import io.cardvault.domain.marketplace.ListingId;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Reads the conversation with one account and marks what the caller received in it read. */
@UseCase
public class ReadConversationService implements ReadConversationUseCase {

    private final MessageStorePort messages;
    private final BlockListPort blocks;
    private final Members members;

    @Inject
    public ReadConversationService(MessageStorePort messages, BlockListPort blocks, AccountStorePort accounts) {
        this.messages = messages;
        this.blocks = blocks;
        this.members = new Members(accounts);
    }

    @Override
    public Conversation read(AccountId owner, String username, Optional<ListingId> listing) {
        AccountId other = members.byUsername(username);
        List<Message> between = messages.findBetween(owner, other, listing, LIMIT);
        int marked = messages.markReadFrom(owner, other, listing);
        // the answer shows what the caller just read as read, as a second call would
        List<Message> shown = between.stream().map(message -> message.recipient().equals(owner) ? message.opened() : message).toList();
        String name = members.find(username).map(account -> account.username().value()).orElse(username);
        return new Conversation(name, MessageViews.of(shown, owner, members), marked, blocks.isBlocked(owner, other));
    }
}
