package io.cardvault.application.port.in.realtime;

import java.util.Objects;

/** The cluster-wide connection slot an admitted connection holds until it closes. */
public record ConnectionSlot(String holder) {

    public ConnectionSlot {
        Objects.requireNonNull(holder, "holder");
    }
}
