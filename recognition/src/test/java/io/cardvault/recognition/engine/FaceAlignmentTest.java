package io.cardvault.recognition.engine;

import io.cardvault.recognition.catalogue.CatalogueCard;
import io.cardvault.recognition.render.CardLayout;
import io.cardvault.recognition.synth.PhotoSettings;
import io.cardvault.recognition.synth.PhotoSynthesizer;
import io.cardvault.recognition.synth.SyntheticPhoto;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;

class FaceAlignmentTest {

    private static final CatalogueCard SERENA = TestCards.pokemon("sit", "193", "Druddigon", 621, "Dragon", 120);

    private static Mat gray(Mat bgr) {
        Mat gray = new Mat();
        cvtColor(bgr, gray, COLOR_BGR2GRAY);
        return gray;
    }

    /** The card's outline with its bottom-right corner pulled in and up, as a thumb over that corner leaves it. */
    private static Quad outlineOffAtTheBottomRight(SyntheticPhoto photo) {
        double[] xy = photo.faceCorners();
        double width = Math.hypot(xy[2] - xy[0], xy[3] - xy[1]);
        xy[4] -= 0.06 * width;
        xy[5] -= 0.12 * width;
        return new Quad(xy, 1);
    }

    @Test
    void a_photo_rectified_on_an_outline_off_by_a_corner_is_realigned_on_the_face_so_its_strip_reads() {
        SyntheticPhoto photo = new PhotoSynthesizer(PhotoSettings.clean())
                .generate(TestCards.renderer().render(SERENA, 630, 880), new Random(5));
        try (PointerScope scope = new PointerScope()) {
            Mat decoded = Mats.decode(photo.jpeg());
            Quad off = outlineOffAtTheBottomRight(photo);
            Mat crop = Rectifier.rectify(decoded, off, 0);
            Mat face = gray(Mats.fromImage(TestCards.renderer().render(SERENA)));

            Optional<Mat> aligned = FaceAlignment.aligned(decoded, off, 0, OrbVerifier.features(gray(crop)),
                    OrbVerifier.features(face));

            assertThat(aligned).isPresent();
            Mat alignedGray = gray(aligned.get());
            double before = TextRegions.compare(gray(crop), face, CardLayout.NUMBER);
            double after = TextRegions.compare(alignedGray, face, CardLayout.NUMBER);
            assertThat(after).as("number region before %.3f, after %.3f", before, after).isGreaterThan(before + 0.1);
            TextReader.Reading[] strip = TextReader.splitStrip(TextReader.create().orElseThrow().read(alignedGray,
                    TextReader.stripRegion(alignedGray.cols(), alignedGray.rows()), TextReader.Field.STRIP));
            OcrEvidence read = new OcrEvidence(strip[1], strip[0], new TextReader.Reading("", 0));
            assertThat(read.namesWithSetCode(SERENA)).as("strip read %s %s", strip[0], strip[1]).isTrue();
        }
    }

    @Test
    void a_photo_rectified_on_its_true_outline_is_left_almost_where_it_was() {
        SyntheticPhoto photo = new PhotoSynthesizer(PhotoSettings.clean())
                .generate(TestCards.renderer().render(SERENA, 630, 880), new Random(5));
        try (PointerScope scope = new PointerScope()) {
            Mat crop = gray(Rectifier.rectify(Mats.decode(photo.jpeg()), new Quad(photo.faceCorners(), 1), 0));
            Mat face = gray(Mats.fromImage(TestCards.renderer().render(SERENA)));

            Mat h = FaceAlignment.cropToFace(OrbVerifier.features(crop), OrbVerifier.features(face)).orElseThrow();

            org.bytedeco.javacpp.indexer.DoubleIndexer m = h.createIndexer();
            double x = CardLayout.NUMBER.in(crop.cols(), crop.rows()).getCenterX();
            double y = CardLayout.NUMBER.in(crop.cols(), crop.rows()).getCenterY();
            double z = m.get(2, 0) * x + m.get(2, 1) * y + m.get(2, 2);
            double movedX = (m.get(0, 0) * x + m.get(0, 1) * y + m.get(0, 2)) / z;
            double movedY = (m.get(1, 0) * x + m.get(1, 1) * y + m.get(1, 2)) / z;
            assertThat(Math.hypot(movedX - x, movedY - y)).isLessThan(6);
        }
    }
}
