package io.cardvault.application.port.in.realtime;

/**
 * Use case: admit a real-time connection. A key must be valid; the developer stream needs a key
 * of a Pro (or higher) account; the connection counts as one request against the caller's quota
 * and takes one of its holder's cluster-wide connection slots (per key, per signed-in account,
 * or per client address when anonymous).
 */
public interface OpenStreamUseCase {

    StreamAdmission open(OpenStreamCommand command);
}
