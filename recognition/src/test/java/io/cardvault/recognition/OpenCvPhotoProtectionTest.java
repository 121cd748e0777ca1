package io.cardvault.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.recognition.PrintedCard;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.shared.ImageFormat;
import io.cardvault.domain.trust.ConfirmationCode;
import io.cardvault.domain.trust.PhotoFingerprint;
import io.cardvault.recognition.render.CardFaceRenderer;
import io.cardvault.recognition.synth.PhotoEdits;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenCvPhotoProtectionTest {

    /** Tests run in the module folder: the shared artwork sits beside the project root. */
    private static final CardFaceRenderer RENDERER = new CardFaceRenderer(Path.of("../../shared/data/art"));
    private static final ConfirmationCode CODE = new ConfirmationCode("K7H2QPZX");
    /** The default threshold of CARDVAULT_VERIFY_PHOTO_THRESHOLD. */
    private static final int THRESHOLD = 6;

    private final OpenCvPhotoProtection protection = new OpenCvPhotoProtection();

    private static BufferedImage face(long id, String localId, String name, int dex, String type) {
        return RENDERER.render(OpenCvCardRecognitionAdapter.toCatalogueCard(new PrintedCard(new CardId(id), localId, "base1",
                "BS", 102, name, "en", 100, List.of(type), "Rare", "Pokemon", List.of(dex))), 630, 880);
    }

    private byte[] watermarked(BufferedImage face) {
        return protection.watermark(PhotoEdits.jpeg(face, 0.9f), ImageFormat.JPEG, CODE, "CardVault");
    }

    /** The share of pixels in a region that the watermark changed by more than a little. */
    private static double changed(BufferedImage before, BufferedImage after, int x0, int y0, int width, int height) {
        int changed = 0;
        for (int y = y0; y < y0 + height; y++) {
            for (int x = x0; x < x0 + width; x++) {
                int a = before.getRGB(x, y);
                int b = after.getRGB(x, y);
                int difference = Math.abs(((a >> 16) & 0xFF) - ((b >> 16) & 0xFF)) + Math.abs(((a >> 8) & 0xFF) - ((b >> 8) & 0xFF))
                        + Math.abs((a & 0xFF) - (b & 0xFF));
                changed += difference > 60 ? 1 : 0;
            }
        }
        return changed / (double) (width * height);
    }

    @Test
    void the_watermark_covers_every_corner_so_a_crop_of_any_corner_keeps_it() {
        BufferedImage face = face(11, "4", "Charizard", 6, "Fire");
        BufferedImage original = PhotoEdits.read(PhotoEdits.jpeg(face, 0.9f));
        BufferedImage marked = PhotoEdits.read(watermarked(face));
        int w = original.getWidth() / 4;
        int h = original.getHeight() / 4;

        assertThat(marked.getWidth()).isEqualTo(original.getWidth());
        for (int[] corner : new int[][] {{0, 0}, {3 * w, 0}, {0, 3 * h}, {3 * w, 3 * h}}) {
            assertThat(changed(original, marked, corner[0], corner[1], w, h)).as("corner at %d,%d", corner[0], corner[1])
                    .isGreaterThan(0.03);
        }
        // what is left after cutting off the top-left third still carries whole rows of the mark
        assertThat(changed(original, marked, w + w / 3, h + h / 3, 2 * w, 2 * h)).isGreaterThan(0.03);
    }

    @Test
    void a_reposted_protected_photo_stays_near_its_fingerprint_and_other_cards_stay_far() {
        byte[] protectedPhoto = watermarked(face(11, "4", "Charizard", 6, "Fire"));
        PhotoFingerprint stored = protection.protectedViews(protectedPhoto);
        BufferedImage served = PhotoEdits.read(protectedPhoto);

        List<byte[]> reposts = List.of(PhotoEdits.jpeg(served, 0.5f),
                PhotoEdits.jpeg(PhotoEdits.resize(served, 0.5), 0.75f),
                PhotoEdits.jpeg(PhotoEdits.crop(served, 0.10, 0.3, 0.7), 0.8f),
                PhotoEdits.jpeg(PhotoEdits.crop(served, 0.10, 1.0, 0.0), 0.8f),
                PhotoEdits.jpeg(PhotoEdits.recolour(served, 1.1, 0.95, 0.9, 12), 0.8f));
        for (byte[] repost : reposts) {
            assertThat(stored.distanceFrom(protection.probe(repost))).isLessThanOrEqualTo(THRESHOLD);
        }
        for (BufferedImage other : List.of(face(12, "2", "Blastoise", 9, "Water"), face(13, "15", "Venusaur", 3, "Grass"))) {
            assertThat(stored.distanceFrom(protection.probe(watermarked(other)))).isGreaterThan(THRESHOLD);
        }
    }

    @Test
    void the_fingerprint_holds_the_whole_view_and_twenty_five_crops() {
        assertThat(protection.protectedViews(watermarked(face(14, "58", "Pikachu", 25, "Lightning"))).views()).hasSize(26);
    }
}
