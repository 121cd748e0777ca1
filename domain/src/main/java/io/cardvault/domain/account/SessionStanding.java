package io.cardvault.domain.account;

import java.util.Objects;
import java.util.Set;

/**
 * Which of an account's sessions still stand: those started in its current session generation
 * (password change and "log out everywhere" move it on, ending all sessions at once) that have not
 * been ended one by one since (a logout ends only that browser's session). A session token carries
 * the generation it was started in and its own id; a token from before session ids existed has
 * none and stands as long as its generation does.
 */
public record SessionStanding(long generation, Set<String> endedSessions) {

    /**
     * Sessions ended one by one that an account keeps listed until they expire; one more ends them
     * all instead (a client that signs in and out in a loop must not grow the list without bound).
     */
    public static final int MAX_ENDED_SESSIONS = 100;

    public SessionStanding {
        if (generation < 0) {
            throw new InvalidAccountDataException("session", "a session generation cannot be negative");
        }
        endedSessions = Set.copyOf(Objects.requireNonNull(endedSessions, "endedSessions"));
    }

    /** A new account's: generation 0, nothing ended. */
    public static SessionStanding fresh() {
        return new SessionStanding(0, Set.of());
    }

    /** Whether a session started in {@code sessionGeneration} with id {@code sessionId} ("" for none) still stands. */
    public boolean admits(long sessionGeneration, String sessionId) {
        return sessionGeneration == generation && !endedSessions.contains(sessionId);
    }

    /** Whether one more session may be ended on its own; otherwise end them all. */
    public boolean mayEndOneMore() {
        return endedSessions.size() < MAX_ENDED_SESSIONS;
    }
}
