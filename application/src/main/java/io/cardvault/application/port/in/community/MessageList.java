package io.cardvault.application.port.in.community;

import io.cardvault.domain.community.MessageFolder;
import java.util.List;

/** A folder's messages, newest first, and how many received messages are unread in all. */
public record MessageList(List<MessageView> items, long unreadCount, MessageFolder folder) {

    public MessageList {
        items = List.copyOf(items);
    }
}
