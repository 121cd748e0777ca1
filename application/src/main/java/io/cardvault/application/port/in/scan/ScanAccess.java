package io.cardvault.application.port.in.scan;

import io.cardvault.domain.account.AccountId;
import java.util.Objects;

/** How a caller reaches a session: as its owner (signed in) or with the phone's claim token. */
public sealed interface ScanAccess {

    /** The signed-in owner; another account's session is not found. */
    record Owner(AccountId account) implements ScanAccess {
        public Owner {
            Objects.requireNonNull(account, "account");
        }
    }

    /** The phone's claim token as presented ({@code ?token=} or {@code X-Scan-Token}). */
    record Token(String token) implements ScanAccess {
        public Token {
            Objects.requireNonNull(token, "token");
        }

        @Override
        public String toString() {
            return "Token[…]";
        }
    }

    static ScanAccess owner(AccountId account) {
        return new Owner(account);
    }

    static ScanAccess token(String token) {
        return new Token(token);
    }
}
