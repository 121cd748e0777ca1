package io.cardvault.application.port.in.community;

/**
 * Use case: sends a private message. The recipient gets a {@code new_message} notification and a
 * real-time frame; a recipient who blocked the sender refuses it ({@code BlockedByUserException}), an
 * unknown one is {@link MemberNotFoundException}.
 */
public interface SendMessageUseCase {

    MessageView send(SendMessageCommand command);
}
