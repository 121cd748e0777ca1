package io.cardvault.application.port.in.community;

import io.cardvault.domain.account.AccountId;
import java.util.Objects;

/** A new forum post: title and Markdown body (their limits are the domain's). */
public record PostForumPostCommand(AccountId author, String title, String body) {

    public PostForumPostCommand {
        Objects.requireNonNull(author, "author");
    }
}
