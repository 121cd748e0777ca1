package io.cardvault.adapter.in.rest.collection;

import io.cardvault.application.port.in.collection.CollectionImportRow;
import io.cardvault.application.port.in.collection.RejectedLine;
import java.util.List;
import java.util.Objects;

/** An uploaded collection file, read: the format its header named, its card rows and the lines it had to reject. */
record CollectionFile(CollectionFileFormat format, List<CollectionImportRow> rows, List<RejectedLine> rejected) {

    CollectionFile {
        Objects.requireNonNull(format, "format");
        rows = List.copyOf(rows);
        rejected = List.copyOf(rejected);
    }
}
