package io.cardvault.adapter.out.persistence.account;

import java.io.Serializable;
import java.util.Objects;

/** The primary key of {@link EndedSessionJpaEntity}: JPA wants a serialisable class with a no-argument constructor. */
class EndedSessionKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private long accountId;
    private String sessionId;

    /** For JPA only. */
    public EndedSessionKey() {
    }

    EndedSessionKey(long accountId, String sessionId) {
        this.accountId = accountId;
        this.sessionId = sessionId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EndedSessionKey key && key.accountId == accountId && Objects.equals(key.sessionId, sessionId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, sessionId);
    }
}
