package io.cardvault.adapter.in.rest.community;

import io.cardvault.application.port.in.community.MessageThread;

/** One conversation of the threads list: the other party, its newest message, how many messages and how many unread. */
public record ThreadResponse(String username, MessageResponse lastMessage, int messageCount, int unreadCount) {

    static ThreadResponse from(MessageThread thread) {
        return new ThreadResponse(thread.username(), MessageResponse.from(thread.latest()), thread.messages(), thread.unread());
    }
}
