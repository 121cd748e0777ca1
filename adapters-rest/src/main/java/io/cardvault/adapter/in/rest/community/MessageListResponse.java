package io.cardvault.adapter.in.rest.community;

import io.cardvault.application.port.in.community.MessageList;
import java.util.List;

/** The spec's folder shape: the same array as {@code items} (new clients) and {@code messages} (older web clients). */
public record MessageListResponse(List<MessageResponse> items, List<MessageResponse> messages, long unreadCount,
                                  String folder) {

    static MessageListResponse from(MessageList list) {
        List<MessageResponse> items = list.items().stream().map(MessageResponse::from).toList();
        return new MessageListResponse(items, items, list.unreadCount(), list.folder().code());
    }
}
