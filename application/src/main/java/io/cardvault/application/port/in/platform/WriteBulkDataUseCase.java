package io.cardvault.application.port.in.platform;

import io.cardvault.domain.platform.BulkFile;
import java.util.List;

/** Use case: write every bulk file now, streaming from the store; the previous files stay served until each new one is whole. */
public interface WriteBulkDataUseCase {

    List<BulkFile> writeAll();
}
