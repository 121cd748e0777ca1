package io.cardvault.application.port.in.platform;

import io.cardvault.domain.platform.BulkFile;
import java.nio.file.Path;
import java.util.Objects;

/** A bulk file to download: what it is and where its gzip bytes are. */
public record BulkDownload(BulkFile file, Path path) {

    public BulkDownload {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
    }
}
