package io.cardvault.application.port.in.realtime;

import io.cardvault.domain.realtime.Listener;
import java.util.Objects;

/** Whether a connection was let in (and as whom), or why not. */
public sealed interface StreamAdmission {

    /** Let in: the listener it speaks for and the slot to give back on close. */
    record Admitted(Listener listener, ConnectionSlot slot) implements StreamAdmission {
        public Admitted {
            Objects.requireNonNull(listener, "listener");
            Objects.requireNonNull(slot, "slot");
        }
    }

    /** Turned away; {@code message} is shown to the client. */
    record Refused(Reason reason, String message) implements StreamAdmission {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }

    /** Why a connection was turned away. */
    enum Reason {
        /** The developer stream without any key. */
        KEY_REQUIRED,
        /** A key that is unknown, revoked or expired. */
        INVALID_KEY,
        /** The developer stream needs Pro or higher. */
        TIER_TOO_LOW,
        /** The holder already has the most concurrent connections allowed. */
        TOO_MANY_CONNECTIONS,
        /** The connection would exceed the caller's request quota. */
        QUOTA_EXCEEDED
    }
}
