package io.cardvault.adapter.out.persistence.platform;

import io.cardvault.application.port.out.BulkFileStorePort;
import io.cardvault.application.port.out.bulk.BulkFileDraft;
import io.cardvault.application.port.out.bulk.BulkFileWriteFailedException;
import io.cardvault.application.port.out.bulk.BulkRecord;
import io.cardvault.application.port.out.bulk.StoredBulkFile;
import io.cardvault.domain.platform.BulkDataKind;
import io.cardvault.domain.platform.BulkFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.GZIPOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bulk files in a folder ({@code CARDVAULT_BULK_DATA_DIR}): each kind's current file is
 * {@code <kind>-<millis>.jsonl.gz} and a small {@code <kind>.json} beside it says which one it is,
 * with its time, size, record count and SHA-256. A draft streams gzip bytes into a hidden
 * {@code .part} file while digesting them; publishing moves it into place and then swaps the
 * sidecar with an atomic rename, so a reader always sees a whole file and its matching facts. The
 * previous file of the kind stays until the next swap (a download that read the old facts still
 * finds it); older ones are deleted. Several nodes share the files by sharing the folder.
 */
@ApplicationScoped
class GzipBulkFileStore implements BulkFileStorePort {

    private static final Logger LOG = Logger.getLogger(GzipBulkFileStore.class.getName());
    private static final String DATA_SUFFIX = ".jsonl.gz";
    private static final int BUFFER = 1 << 16;

    private final Path folder;

    @Inject
    GzipBulkFileStore(@ConfigProperty(name = "CARDVAULT_BULK_DATA_DIR") String folder) {
        this(Path.of(folder));
    }

    GzipBulkFileStore(Path folder) {
        this.folder = folder;
    }

    /** For CDI's client proxy only. */
    protected GzipBulkFileStore() {
        this.folder = null;
    }

    @Override
    public BulkFileDraft begin(BulkDataKind kind) {
        try {
            Files.createDirectories(folder);
            return new GzipDraft(kind, Files.createTempFile(folder, "." + kind.code() + "-", ".part"));
        } catch (IOException e) {
            throw new BulkFileWriteFailedException("cannot start a bulk file in " + folder, e);
        }
    }

    @Override
    public Optional<StoredBulkFile> current(BulkDataKind kind) {
        Path sidecar = folder.resolve(kind.code() + ".json");
        if (!Files.isRegularFile(sidecar)) {
            return Optional.empty();
        }
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(sidecar, StandardCharsets.UTF_8))) {
            JsonObject facts = reader.readObject();
            Path data = folder.resolve(facts.getString("file"));
            if (!data.getParent().equals(folder) || !Files.isRegularFile(data)) {
                return Optional.empty();
            }
            return Optional.of(new StoredBulkFile(new BulkFile(kind, Instant.parse(facts.getString("updated_at")),
                    facts.getJsonNumber("size").longValueExact(), facts.getJsonNumber("records").longValueExact(),
                    facts.getString("sha256")), data));
        } catch (IOException | RuntimeException unreadable) {
            LOG.log(Level.WARNING, "Bulk file facts " + sidecar + " unreadable; the file is not served", unreadable);
            return Optional.empty();
        }
    }

    /** One file being written: records go through the line format, UTF-8, gzip and the digest straight to disk. */
    private final class GzipDraft implements BulkFileDraft {

        private final BulkDataKind kind;
        private final Path part;
        private final MessageDigest digest;
        private final Writer out;
        private final StringBuilder line = new StringBuilder(1024);
        private long records;
        private boolean published;

        GzipDraft(BulkDataKind kind, Path part) throws IOException {
            this.kind = kind;
            this.part = part;
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JDK has SHA-256", e);
            }
            OutputStream file = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(part), BUFFER), digest);
            this.out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(file, BUFFER), StandardCharsets.UTF_8), BUFFER);
        }

        @Override
        public void append(BulkRecord record) {
            line.setLength(0);
            BulkLines.write(record, line);
            line.append('\n');
            try {
                out.append(line);
            } catch (IOException e) {
                throw new BulkFileWriteFailedException("cannot write the " + kind.code() + " bulk file", e);
            }
            records++;
        }

        @Override
        public BulkFile publish(Instant writtenAt) {
            try {
                out.close();
                String name = kind.code() + "-" + writtenAt.toEpochMilli() + DATA_SUFFIX;
                Path data = folder.resolve(name);
                move(part, data);
                BulkFile file = new BulkFile(kind, writtenAt, Files.size(data), records, HexFormat.of().formatHex(digest.digest()));
                writeFacts(file, name);
                published = true;
                deleteOlder(name);
                return file;
            } catch (IOException e) {
                throw new BulkFileWriteFailedException("cannot publish the " + kind.code() + " bulk file", e);
            }
        }

        private void writeFacts(BulkFile file, String name) throws IOException {
            StringBuilder facts = new StringBuilder(256);
            new JsonLine(facts).text("file", name).text("updated_at", file.updatedAt().toString()).number("size", file.sizeBytes())
                    .number("records", file.records()).text("sha256", file.sha256()).end();
            Path sidecarPart = Files.createTempFile(folder, "." + kind.code() + "-facts-", ".part");
            Files.writeString(sidecarPart, facts, StandardCharsets.UTF_8);
            move(sidecarPart, folder.resolve(kind.code() + ".json"));
        }

        /**
         * Deletes this kind's files but the new one and the one before it: a download that read the
         * facts just before the swap still finds its file; the one before that no reader can still want.
         */
        private void deleteOlder(String keep) {
            List<Path> files = new ArrayList<>();
            try (DirectoryStream<Path> all = Files.newDirectoryStream(folder, kind.code() + "-*" + DATA_SUFFIX)) {
                all.forEach(files::add);
                files.sort(Comparator.comparingLong(GzipBulkFileStore::writtenMillis).reversed());
                boolean previousKept = false;
                for (Path file : files) {
                    if (file.getFileName().toString().equals(keep)) {
                        continue;
                    }
                    if (!previousKept) {
                        previousKept = true;
                        continue;
                    }
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Older " + kind.code() + " bulk files not removed from " + folder, e);
            }
        }

        @Override
        public void close() {
            if (published) {
                return;
            }
            try {
                out.close();
            } catch (IOException ignored) {
                // the draft is discarded either way
            }
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Discarded bulk draft " + part + " not removed", e);
            }
        }
    }

    /** The write time in a data file's name ({@code all_cards-1765090000000.jsonl.gz}); 0 for a name of another form. */
    static long writtenMillis(Path file) {
        String name = file.getFileName().toString();
        int dash = name.lastIndexOf('-');
        try {
            return Long.parseLong(name.substring(dash + 1, name.length() - DATA_SUFFIX.length()));
        } catch (RuntimeException otherName) {
            return 0;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
