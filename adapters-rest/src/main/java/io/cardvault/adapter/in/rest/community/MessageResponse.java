package io.cardvault.adapter.in.rest.community;

import io.cardvault.application.port.in.community.MessageView;
import io.cardvault.domain.community.Message;
import io.cardvault.domain.community.MessageId;
import io.cardvault.domain.marketplace.ListingId;

/** One message in the spec's shape; {@code direction} is {@code sent} or {@code received} as the caller sees it. */
public record MessageResponse(long id, long senderId, long recipientId, String fromUsername, String toUsername, Long listingId,
                              String subject, String body, boolean isRead, boolean isSystem, Long parentId, String createdAt,
                              String direction) {

    static MessageResponse from(MessageView view) {
        Message message = view.message();
        return new MessageResponse(message.requireId().value(), message.sender().value(), message.recipient().value(),
                view.fromUsername(), view.toUsername(), message.listing().map(ListingId::value).orElse(null),
                message.subject().orElse(null), message.body(), message.read(), false,
                message.parent().map(MessageId::value).orElse(null), message.createdAt().toString(), view.direction());
    }
}
