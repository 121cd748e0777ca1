package io.cardvault.application.port.in.platform;

import io.cardvault.domain.platform.BulkFile;
import java.util.List;

/** Use case: the bulk data manifest, every published file in the kinds' order. */
public interface ListBulkFilesUseCase {

    List<BulkFile> list();
}
