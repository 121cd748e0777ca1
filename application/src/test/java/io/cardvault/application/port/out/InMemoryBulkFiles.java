package io.cardvault.application.port.out;

import io.cardvault.application.port.out.bulk.BulkFileDraft;
import io.cardvault.application.port.out.bulk.BulkRecord;
import io.cardvault.application.port.out.bulk.StoredBulkFile;
import io.cardvault.domain.platform.BulkDataKind;
import io.cardvault.domain.platform.BulkFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bulk files for tests: drafts collect the records in memory; a publish writes their {@code toString}
 * lines to a temporary file (a download needs bytes somewhere) and keeps the records for assertions.
 */
public class InMemoryBulkFiles implements BulkFileStorePort {

    private final Map<BulkDataKind, StoredBulkFile> current = new EnumMap<>(BulkDataKind.class);
    private final Map<BulkDataKind, List<BulkRecord>> published = new EnumMap<>(BulkDataKind.class);

    @Override
    public synchronized BulkFileDraft begin(BulkDataKind kind) {
        List<BulkRecord> records = new ArrayList<>();
        return new BulkFileDraft() {
            @Override
            public void append(BulkRecord record) {
                records.add(record);
            }

            @Override
            public BulkFile publish(Instant writtenAt) {
                return InMemoryBulkFiles.this.publish(kind, records, writtenAt);
            }

            @Override
            public void close() {
                // an unpublished draft is simply dropped
            }
        };
    }

    private synchronized BulkFile publish(BulkDataKind kind, List<BulkRecord> records, Instant writtenAt) {
        try {
            StringBuilder text = new StringBuilder();
            records.forEach(record -> text.append(record).append('\n'));
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            Path file = Files.createTempFile("bulk-" + kind.code(), ".txt");
            file.toFile().deleteOnExit();
            Files.write(file, bytes);
            BulkFile facts = new BulkFile(kind, writtenAt, bytes.length, records.size(),
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
            current.put(kind, new StoredBulkFile(facts, file));
            published.put(kind, List.copyOf(records));
            return facts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized Optional<StoredBulkFile> current(BulkDataKind kind) {
        return Optional.ofNullable(current.get(kind));
    }

    /** The records of the kind's current file, for assertions. */
    public synchronized List<BulkRecord> records(BulkDataKind kind) {
        return published.getOrDefault(kind, List.of());
    }
}
