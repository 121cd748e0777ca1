package io.cardvault.application.port.in.community;

/** Use case: one folder of the caller's messages (inbox, sent or all) with the unread count. Reading a folder marks nothing read. */
public interface ListMessagesUseCase {

    MessageList list(MessageListQuery query);
}
