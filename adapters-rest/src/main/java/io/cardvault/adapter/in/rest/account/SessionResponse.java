package io.cardvault.adapter.in.rest.account;

import io.cardvault.domain.account.Account;

/** {@code {"ok": true, "user_id": 1, "username": "demo-1"}}, the answer to register and login. */
public record SessionResponse(boolean ok, long userId, String username) {

    static SessionResponse from(Account account) {
        return new SessionResponse(true, account.requireId().value(), account.username().value());
    }
}
