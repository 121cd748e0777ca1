package io.cardvault.adapter.out.persistence.image;

import io.cardvault.application.port.out.ScanPhotoStorePort;
import io.cardvault.domain.scan.ScanSessionId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Adapter: scan photos as {@code <session id>/<card index>.webp} under {@code CARDVAULT_SCAN_PHOTO_DIR}
 * (in a cluster, a directory every node mounts, like the listing photos'). Written to a temporary
 * file and moved into place, so a reader never sees half a photo. The session id is a checked ULID
 * and the index a number, so no path leaves the directory.
 */
@ApplicationScoped
class DirectoryScanPhotoStore implements ScanPhotoStorePort {

    private final Path root;

    @Inject
    DirectoryScanPhotoStore(@ConfigProperty(name = "CARDVAULT_SCAN_PHOTO_DIR") String directory) {
        this(Path.of(directory.strip()));
    }

    DirectoryScanPhotoStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** For CDI's client proxy only. */
    protected DirectoryScanPhotoStore() {
        this.root = null;
    }

    @Override
    public void keep(ScanSessionId session, int cardIndex, byte[] webp) {
        Path target = pathOf(session, cardIndex);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".part");
            try {
                Files.write(temporary, webp);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("scan photo " + cardIndex + " of " + session + " could not be written under " + root, e);
        }
    }

    @Override
    public Optional<byte[]> find(ScanSessionId session, int cardIndex) {
        try {
            return Optional.of(Files.readAllBytes(pathOf(session, cardIndex)));
        } catch (NoSuchFileException missing) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("scan photo " + cardIndex + " of " + session + " could not be read under " + root, e);
        }
    }

    @Override
    public void deleteAll(ScanSessionId session) {
        Path directory = root.resolve(session.value());
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("scan photos of " + session + " could not be deleted under " + root, e);
        }
    }

    private Path pathOf(ScanSessionId session, int cardIndex) {
        if (cardIndex < 0) {
            throw new IllegalArgumentException("a card index is not negative: " + cardIndex);
        }
        return root.resolve(session.value()).resolve(String.format(Locale.ROOT, "%d.webp", cardIndex));
    }
}
