package io.cardvault.adapter.out.persistence.image;

import io.cardvault.application.port.out.ListingImageStorePort;
import io.cardvault.application.port.out.image.ListingImageFile;
import io.cardvault.application.port.out.image.ListingImageName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Adapter: listing photos as files under {@code CARDVAULT_LISTING_IMAGE_DIR}, at their name's path
 * ({@code 2026/05/<sha-256>.webp}). In a cluster the directory is one every node mounts. A photo is
 * written to a temporary file beside its place and moved there in one step, so a reader never sees
 * half a file and two nodes keeping the same photo at once leave one whole file (the bytes are the
 * same: the name is their hash). Files are not in the database: photos are large, written once and
 * only ever read whole, which a file system does best and a proxy can serve directly.
 */
@ApplicationScoped
class DirectoryListingImageStore implements ListingImageStorePort {

    private final Path root;

    @Inject
    DirectoryListingImageStore(@ConfigProperty(name = "CARDVAULT_LISTING_IMAGE_DIR") String directory) {
        this(Path.of(directory.strip()));
    }

    DirectoryListingImageStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** For CDI's client proxy only. */
    protected DirectoryListingImageStore() {
        this.root = null;
    }

    @Override
    public void keep(ListingImageFile image) {
        Path target = pathOf(image.name());
        if (Files.isRegularFile(target)) {
            return;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".part");
            try {
                Files.write(temporary, image.bytes());
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException keptMeanwhile) {
                // another request kept the same bytes first
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("listing photo " + image.name().path() + " could not be written under " + root, e);
        }
    }

    @Override
    public Optional<ListingImageFile> find(ListingImageName name) {
        try {
            return Optional.of(new ListingImageFile(name, Files.readAllBytes(pathOf(name))));
        } catch (NoSuchFileException missing) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("listing photo " + name.path() + " could not be read under " + root, e);
        }
    }

    private Path pathOf(ListingImageName name) {
        // the name's shape (digits, hex, a known extension) is checked by its record; resolving stays under the root
        Path path = root.resolve(name.path()).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("a listing photo's path leaves the photo directory: " + name.path());
        }
        return path;
    }
}
