package io.cardvault.recognition.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.recognition.catalogue.CatalogueCard;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The renderer's artwork cache: kept for an index build, let go afterwards and read again on demand. */
class CardFaceRendererArtworkTest {

    private static final Path SHARED_ART = Path.of("../../shared/data/art");
    private static final CatalogueCard PIKACHU = new CatalogueCard("base1-58", "58", "base1", "BS", 102, "Pikachu", "en",
            40, List.of("Lightning"), "Common", "Pokemon", List.of(25), List.of(), "");

    @Test
    void artwork_is_drawn_from_the_cache_until_forgotten_then_read_from_the_folder_again(@TempDir Path art) throws IOException {
        Files.copy(SHARED_ART.resolve("25.png"), art.resolve("25.png"));
        CardFaceRenderer renderer = new CardFaceRenderer(art);
        byte[] withArtwork = pixels(renderer.render(PIKACHU));
        Files.delete(art.resolve("25.png"));

        byte[] fromTheCache = pixels(renderer.render(PIKACHU));
        renderer.forgetArtwork();
        byte[] afterForgetting = pixels(renderer.render(PIKACHU));

        assertThat(Arrays.equals(fromTheCache, withArtwork)).as("the cached artwork is still drawn").isTrue();
        assertThat(Arrays.equals(afterForgetting, withArtwork)).as("forgotten: the folder, now without it, is read again").isFalse();
        assertThat(Arrays.equals(afterForgetting, pixels(new CardFaceRenderer(art).render(PIKACHU))))
                .as("as a renderer that never had the artwork draws it").isTrue();
    }

    private static byte[] pixels(BufferedImage face) {
        return ((DataBufferByte) face.getRaster().getDataBuffer()).getData().clone();
    }
}
