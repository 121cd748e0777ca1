package io.cardvault.recognition.synth;

import io.cardvault.recognition.catalogue.CatalogueCard;
import io.cardvault.recognition.render.CardFaceRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PhotoSynthesizerTest {

    private static final int WIDTH = 960;
    private static final int HEIGHT = 720;
    private static BufferedImage face;
    private final PhotoSynthesizer synthesizer = new PhotoSynthesizer(PhotoSettings.phonePhotos());
    /** The phone photos' geometry (size, tilt, turns, scale, perspective) without the costly clutter, blur and noise. */
    private final PhotoSynthesizer geometry = new PhotoSynthesizer(
            new PhotoSettings(WIDTH, HEIGHT, 25, 0.15, 0.60, 0.85, 0.06, 0, 0, 0, 0, 0, 0, 90, 90));

    @BeforeAll
    static void renderFace() {
        CatalogueCard card = new CatalogueCard("ts1-7", "7", "ts1", "TS1", 102, "Monster 7", "en", 70, List.of("Fire"),
                "Rare", "Pokemon", List.of(6), List.of(new CatalogueCard.Attack("Tackle", "20", "Flip a coin.")), "");
        face = new CardFaceRenderer(Path.of("../../shared/data/art")).render(card, 630, 880);
    }

    @ParameterizedTest
    @EnumSource(CaptureCondition.class)
    void the_same_seed_gives_the_same_bytes_and_truth(CaptureCondition condition) {
        SyntheticPhoto first = synthesizer.generate(face, new Random(42), condition);
        SyntheticPhoto again = synthesizer.generate(face, new Random(42), condition);
        SyntheticPhoto other = synthesizer.generate(face, new Random(43), condition);

        assertThat(again.jpeg()).isEqualTo(first.jpeg());
        assertThat(again.faceCorners()).isEqualTo(first.faceCorners());
        assertThat(again.applied()).isEqualTo(first.applied());
        assertThat(other.jpeg()).isNotEqualTo(first.jpeg());
    }

    @ParameterizedTest
    @EnumSource(CaptureCondition.class)
    void every_condition_decodes_as_a_960_by_720_jpeg_and_names_what_it_applied(CaptureCondition condition) {
        for (long seed = 1; seed <= 4; seed++) {
            SyntheticPhoto photo = synthesizer.generate(face, new Random(seed), condition);
            BufferedImage decoded = PhotoEdits.read(photo.jpeg());

            assertThat(photo.jpeg()).startsWith((byte) 0xFF, (byte) 0xD8);
            assertThat(decoded.getWidth()).isEqualTo(WIDTH);
            assertThat(decoded.getHeight()).isEqualTo(HEIGHT);
            assertThat(photo.condition()).isEqualTo(condition);
            if (condition == CaptureCondition.COMBINED) {
                assertThat(photo.applied()).hasSize(3).doesNotHaveDuplicates()
                        .startsWith(CaptureCondition.CLIPPED_CORNER)
                        .doesNotContain(CaptureCondition.FRAMED, CaptureCondition.COMBINED);
            } else {
                assertThat(photo.applied()).containsExactly(condition);
            }
            assertThat(photo.clippedSide().isPresent())
                    .isEqualTo(photo.applied().contains(CaptureCondition.CLIPPED_CORNER));
        }
    }

    @Test
    void framed_through_the_condition_is_the_two_argument_photo() {
        SyntheticPhoto legacy = synthesizer.generate(face, new Random(9));
        SyntheticPhoto framed = synthesizer.generate(face, new Random(9), CaptureCondition.FRAMED);

        assertThat(framed.jpeg()).isEqualTo(legacy.jpeg());
        assertThat(framed.condition()).isEqualTo(CaptureCondition.FRAMED);
        assertThat(framed.clippedSide()).isEmpty();
        assertThat(outside(framed.faceCorners())).isZero();
    }

    @Test
    void a_clipped_corner_puts_half_a_percent_to_five_percent_of_the_card_past_the_named_edge() {
        Random seeds = new Random(2026);
        List<String> sides = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            SyntheticPhoto photo = geometry.generate(face, new Random(seeds.nextLong()), CaptureCondition.CLIPPED_CORNER);
            double share = outside(photo.faceCorners());

            assertThat(share).isBetween(0.005 - 1e-6, 0.05 + 1e-6);
            assertThat(photo.outsideShare()).isCloseTo(share, within(1e-6));
            String side = photo.clippedSide().orElseThrow();
            assertThat(cornersPast(photo.faceCorners())).as("corners outside, photo %d", i).containsOnly(side).isNotEmpty();
            sides.add(side);
        }
        assertThat(sides).contains("left", "right", "top", "bottom");
    }

    @Test
    void a_combined_photo_clips_at_most_three_percent() {
        for (long seed = 0; seed < 30; seed++) {
            SyntheticPhoto photo = geometry.generate(face, new Random(seed), CaptureCondition.COMBINED);

            assertThat(outside(photo.faceCorners())).isBetween(0.005 - 1e-6, 0.03 + 1e-6);
        }
    }

    @Test
    void a_steep_angle_tilts_up_to_35_degrees_and_foreshortens_one_side() {
        double ratios = 0;
        for (long seed = 0; seed < 20; seed++) {
            SyntheticPhoto photo = geometry.generate(face, new Random(seed), CaptureCondition.STEEP_ANGLE);
            double[] c = photo.faceCorners();

            assertThat(Math.abs(photo.tiltDegrees())).isLessThanOrEqualTo(35);
            assertThat(outside(c)).isZero();
            ratios += Math.max(ratio(side(c, 0), side(c, 2)), ratio(side(c, 1), side(c, 3)));
        }
        // A card seen square on (jitter only) keeps opposite sides within a few percent of each other.
        assertThat(ratios / 20).isGreaterThan(1.12);
    }

    @Test
    void low_light_exposes_to_a_mean_luminance_of_40_to_70() {
        for (long seed = 0; seed < 6; seed++) {
            BufferedImage image = PhotoEdits.read(synthesizer.generate(face, new Random(seed), CaptureCondition.LOW_LIGHT).jpeg());
            double sum = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    sum += 0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF);
                }
            }
            // Noise clipped at black lifts the mean a little.
            assertThat(sum / (image.getWidth() * image.getHeight())).isBetween(38.0, 74.0);
        }
    }

    @Test
    void heavy_jpeg_uses_quality_30_to_40_with_4_2_0_chroma() {
        for (long seed = 0; seed < 6; seed++) {
            byte[] jpeg = synthesizer.generate(face, new Random(seed), CaptureCondition.HEAVY_JPEG).jpeg();
            int sof = marker(jpeg, 0xC0);
            int dqt = marker(jpeg, 0xDB);

            // SOF0: length(2) precision(1) height(2) width(2) components(1), then id, sampling, table per component.
            assertThat(jpeg[sof + 7] & 0xFF).isEqualTo(3);
            assertThat(jpeg[sof + 9] & 0xFF).isEqualTo(0x22);
            assertThat(jpeg[sof + 12] & 0xFF).isEqualTo(0x11);
            assertThat(jpeg[sof + 15] & 0xFF).isEqualTo(0x11);
            // libjpeg scales the base luminance DC step 16 by 5000/q %: quality 30-40 gives 20-27 (quality 40-90: 3-20).
            assertThat(jpeg[dqt + 3] & 0xFF).isBetween(20, 27);
        }
    }

    @Test
    void a_thumb_covers_two_to_six_percent_of_the_card() {
        for (long seed = 0; seed < 20; seed++) {
            BufferedImage canvas = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
            double[] corners = {300 + seed, 120, 640, 140 + seed, 610, 600, 290, 590};

            double covered = SceneEffects.thumb(canvas, new Random(seed), corners, 340);

            assertThat(covered).isBetween(0.02 - 1e-3, 0.06 + 1e-3);
            assertThat(skinPixels(canvas)).isGreaterThan(1000);
        }
    }

    /** Area share of the quad outside the photo, by Sutherland-Hodgman clipping against the four edges. */
    private static double outside(double[] corners) {
        List<double[]> polygon = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            polygon.add(new double[]{corners[2 * i], corners[2 * i + 1]});
        }
        double total = shoelace(polygon);
        List<double[]> inside = polygon;
        double[][] edges = {{1, 0, 0}, {-1, 0, WIDTH}, {0, 1, 0}, {0, -1, HEIGHT}};
        for (double[] e : edges) {
            List<double[]> next = new ArrayList<>();
            for (int i = 0; i < inside.size(); i++) {
                double[] a = inside.get(i);
                double[] b = inside.get((i + 1) % inside.size());
                double da = e[0] * a[0] + e[1] * a[1] + e[2];
                double db = e[0] * b[0] + e[1] * b[1] + e[2];
                if (da >= 0) {
                    next.add(a);
                }
                if ((da >= 0) != (db >= 0)) {
                    double t = da / (da - db);
                    next.add(new double[]{a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])});
                }
            }
            inside = next;
        }
        return 1 - shoelace(inside) / total;
    }

    private static double shoelace(List<double[]> polygon) {
        double sum = 0;
        for (int i = 0; i < polygon.size(); i++) {
            double[] a = polygon.get(i);
            double[] b = polygon.get((i + 1) % polygon.size());
            sum += a[0] * b[1] - b[0] * a[1];
        }
        return Math.abs(sum) / 2;
    }

    private static List<String> cornersPast(double[] c) {
        List<String> sides = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            double x = c[2 * i];
            double y = c[2 * i + 1];
            if (x < 0) {
                sides.add("left");
            }
            if (x > WIDTH) {
                sides.add("right");
            }
            if (y < 0) {
                sides.add("top");
            }
            if (y > HEIGHT) {
                sides.add("bottom");
            }
        }
        return sides;
    }

    private static double side(double[] c, int i) {
        int j = (i + 1) % 4;
        return Math.hypot(c[2 * j] - c[2 * i], c[2 * j + 1] - c[2 * i + 1]);
    }

    private static double ratio(double a, double b) {
        return Math.max(a, b) / Math.min(a, b);
    }

    private static int marker(byte[] jpeg, int type) {
        for (int i = 2; i < jpeg.length - 1; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == type) {
                return i + 2;
            }
        }
        throw new AssertionError("no marker FF" + Integer.toHexString(type));
    }

    /** Pixels red over green over blue with a skin's spread: nothing else is drawn on the black canvas. */
    private static int skinPixels(BufferedImage canvas) {
        int n = 0;
        for (int y = 0; y < canvas.getHeight(); y++) {
            for (int x = 0; x < canvas.getWidth(); x++) {
                int rgb = canvas.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (r > 60 && r > g && g > b && r - b > 30) {
                    n++;
                }
            }
        }
        return n;
    }
}
