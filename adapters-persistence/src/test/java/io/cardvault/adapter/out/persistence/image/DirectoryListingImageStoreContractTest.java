package io.cardvault.adapter.out.persistence.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.ListingImageStorePort;
import io.cardvault.application.port.out.ListingImageStorePortContract;
import io.cardvault.application.port.out.image.ListingImageFile;
import io.cardvault.application.port.out.image.ListingImageName;
import io.cardvault.domain.shared.ImageFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The directory adapter keeps the photo store's contract, in a fresh directory per test. */
class DirectoryListingImageStoreContractTest extends ListingImageStorePortContract {

    @TempDir
    Path directory;

    @Override
    protected ListingImageStorePort store() {
        return new DirectoryListingImageStore(directory);
    }

    @Test
    void a_photo_lies_at_its_names_path_and_no_temporary_file_stays_behind() throws IOException {
        ListingImageName name = new ListingImageName(YearMonth.of(2026, 5), "ef".repeat(32), ImageFormat.JPEG);

        store().keep(new ListingImageFile(name, new byte[] {4, 2}));

        assertThat(directory.resolve("2026/05/" + "ef".repeat(32) + ".jpg")).hasBinaryContent(new byte[] {4, 2});
        try (Stream<Path> files = Files.walk(directory)) {
            assertThat(files.filter(Files::isRegularFile)).hasSize(1);
        }
    }
}
