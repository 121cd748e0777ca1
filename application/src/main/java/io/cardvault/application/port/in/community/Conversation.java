package io.cardvault.application.port.in.community;

import java.util.List;

/**
 * The messages between the caller and one other account, oldest first; {@code markedRead} is how many
 * received ones this read marked; {@code blockedByMe} says whether the caller has blocked the other.
 */
public record Conversation(String username, List<MessageView> messages, int markedRead, boolean blockedByMe) {

    public Conversation {
        messages = List.copyOf(messages);
    }
}
