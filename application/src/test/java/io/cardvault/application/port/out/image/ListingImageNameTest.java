package io.cardvault.application.port.out.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.domain.shared.ImageFormat;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ListingImageNameTest {

    private static final String HASH = "0123456789abcdef".repeat(4);

    @Test
    void a_name_reads_back_from_its_own_path() {
        ListingImageName name = new ListingImageName(YearMonth.of(2026, 5), HASH, ImageFormat.WEBP);

        assertThat(name.path()).isEqualTo("2026/05/" + HASH + ".webp");
        assertThat(ListingImageName.parse(name.path())).contains(name);
    }

    @Test
    void only_the_exact_shape_parses() {
        assertThat(ListingImageName.parse("2026/05/" + HASH + ".jpeg")).isEmpty();
        assertThat(ListingImageName.parse("2026/5/" + HASH + ".jpg")).isEmpty();
        assertThat(ListingImageName.parse("2026/00/" + HASH + ".jpg")).isEmpty();
        assertThat(ListingImageName.parse("/2026/05/" + HASH + ".jpg")).isEmpty();
        assertThat(ListingImageName.parse("2026/05/" + HASH + ".jpg/..")).isEmpty();
        assertThat(ListingImageName.parse("2026/05/" + HASH.substring(1) + ".jpg")).isEmpty();
    }

    @Test
    void a_hash_must_be_lower_case_hex_sha_256() {
        assertThatThrownBy(() -> new ListingImageName(YearMonth.of(2026, 5), "xyz", ImageFormat.PNG))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
