package io.cardvault.application.service.realtime;

import io.cardvault.application.port.in.realtime.CloseStreamUseCase;
import io.cardvault.application.port.in.realtime.ConnectionSlot;
import io.cardvault.application.port.out.ConnectionSlotsPort;
import io.cardvault.application.service.UseCase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Gives a closed connection's slot back. */
@UseCase
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class CloseStreamService implements CloseStreamUseCase {

    private final ConnectionSlotsPort slots;

    @Inject
    public CloseStreamService(ConnectionSlotsPort slots) {
        this.slots = slots;
    }

    /** For CDI's client proxy only. */
    protected CloseStreamService() {
        this.slots = null;
    }

    @Override
    public void close(ConnectionSlot slot) {
        slots.release(slot.holder());
    }
}
