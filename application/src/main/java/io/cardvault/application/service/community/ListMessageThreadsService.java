package io.cardvault.application.service.community;

import io.cardvault.application.port.in.community.ListMessageThreadsUseCase;
import io.cardvault.application.port.in.community.MessageThread;
import io.cardvault.application.port.in.community.MessageView;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.MessageStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.community.MessageFolder;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Groups the caller's newest messages by the other party: one thread each, in the order of their newest message. */
@UseCase
public class ListMessageThreadsService implements ListMessageThreadsUseCase {

    private final MessageStorePort messages;
    private final Members members;

    @Inject
    public ListMessageThreadsService(MessageStorePort messages, AccountStorePort accounts) {
        this.messages = messages;
        this.members = new Members(accounts);
    }

    @Override
    public List<MessageThread> threads(AccountId owner) {
        List<MessageView> newestFirst = MessageViews.of(messages.findInFolder(owner, MessageFolder.ALL, Optional.empty(), SCAN),
                owner, members);
        Map<AccountId, List<MessageView>> byCounterpart = new LinkedHashMap<>();
        for (MessageView view : newestFirst) {
            byCounterpart.computeIfAbsent(view.message().counterpartOf(owner), other -> new ArrayList<>()).add(view);
        }
        return byCounterpart.values().stream().map(thread -> new MessageThread(thread.get(0).counterpart(), thread.get(0),
                thread.size(), (int) thread.stream().filter(view -> view.message().recipient().equals(owner)
                        && !view.message().read()).count())).toList();
    }
}
