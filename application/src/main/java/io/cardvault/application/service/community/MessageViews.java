package io.cardvault.application.service.community;

import io.cardvault.application.port.in.community.MessageView;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.community.Message;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Messages with their parties' names, one account lookup for a whole list. */
final class MessageViews {

    private MessageViews() {
    }

    static List<MessageView> of(List<Message> messages, AccountId viewer, Members members) {
        Map<AccountId, String> names = members.names(messages.stream()
                .flatMap(message -> Stream.of(message.sender(), message.recipient())).toList());
        return messages.stream().map(message -> new MessageView(message, Members.nameOf(names, message.sender()),
                Members.nameOf(names, message.recipient()), viewer)).toList();
    }
}
