package io.cardvault.application.port.in.account;

/**
 * Use case: log out this browser. The session the token names ends on every node (a copy of the
 * cookie no longer signs anyone in); the account's other sessions go on. A missing, forged, expired
 * or already ended token changes nothing.
 */
public interface EndSessionUseCase {

    void endSession(String token);
}
