package io.cardvault.application.port.out.bulk;

import io.cardvault.domain.platform.BulkFile;
import java.nio.file.Path;
import java.util.Objects;

/** A published bulk file and where its bytes are, for a download to read them from. */
public record StoredBulkFile(BulkFile file, Path path) {

    public StoredBulkFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
    }
}
