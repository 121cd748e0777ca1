package io.cardvault.application.port.in.platform;

/** Use case (administrators): rewrite the bulk files now, in the background; {@link BulkDataWriteRunningException} while one runs on this node. */
public interface StartBulkDataWriteUseCase {

    BulkDataJob start();
}
