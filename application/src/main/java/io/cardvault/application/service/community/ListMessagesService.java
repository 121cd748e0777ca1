package io.cardvault.application.service.community;

import io.cardvault.application.port.in.community.ListMessagesUseCase;
import io.cardvault.application.port.in.community.MessageList;
import io.cardvault.application.port.in.community.MessageListQuery;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.MessageStorePort;
import io.cardvault.application.service.UseCase;
import jakarta.inject.Inject;

/** Lists one folder of the caller's messages with the unread count. */
@UseCase
public class ListMessagesService implements ListMessagesUseCase {

    private final MessageStorePort messages;
    private final Members members;

    @Inject
    public ListMessagesService(MessageStorePort messages, AccountStorePort accounts) {
        this.messages = messages;
        this.members = new Members(accounts);
    }

    @Override
    public MessageList list(MessageListQuery query) {
        return new MessageList(MessageViews.of(messages.findInFolder(query.owner(), query.folder(), query.listing(),
                query.limit()), query.owner(), members), messages.countUnread(query.owner()), query.folder());
    }
}
