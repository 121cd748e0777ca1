package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import java.util.Optional;

/** Outgoing port: reads a {@code tcg_session} value; empty when it is forged, malformed or expired. */
public interface SessionTokenPort {

    Optional<AccountId> verify(String token);
}
