package io.cardvault.adapter.in.rest.community;

import io.cardvault.application.port.in.community.Conversation;
import java.util.List;

/**
 * {@code GET /api/messages/with/{username}}: the conversation oldest first, in the folder shape
 * ({@code items} and {@code messages}), how many received messages this read marked read, and whether the caller blocked the other.
 */
public record ConversationResponse(String username, List<MessageResponse> items, List<MessageResponse> messages,
                                   int markedRead, boolean blocked) {

    static ConversationResponse from(Conversation conversation) {
        List<MessageResponse> items = conversation.messages().stream().map(MessageResponse::from).toList();
        return new ConversationResponse(conversation.username(), items, items, conversation.markedRead(),
                conversation.blockedByMe());
    }
}
