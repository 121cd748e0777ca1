package io.cardvault.application.port.in.realtime;

/** Use case: an admitted connection ended; its slot is free again. */
public interface CloseStreamUseCase {

    void close(ConnectionSlot slot);
}
