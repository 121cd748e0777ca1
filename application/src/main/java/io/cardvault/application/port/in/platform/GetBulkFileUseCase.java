package io.cardvault.application.port.in.platform;

import io.cardvault.domain.platform.BulkDataKind;
import java.util.Optional;

/** Use case: the current file of a kind, to download; empty before the first one is written. */
public interface GetBulkFileUseCase {

    Optional<BulkDownload> download(BulkDataKind kind);
}
