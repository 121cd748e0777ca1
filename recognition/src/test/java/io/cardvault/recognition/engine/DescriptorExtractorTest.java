package io.cardvault.recognition.engine;

import io.cardvault.recognition.synth.PhotoSettings;
import io.cardvault.recognition.synth.PhotoSynthesizer;
import io.cardvault.recognition.synth.SyntheticPhoto;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class DescriptorExtractorTest {

    @Test
    void givenAFaceAndABlurredShiftedPhotoOfIt_descriptors_areCloserThanToAnotherCard() {
        var renderer = TestCards.renderer();
        var cards = TestCards.catalogue();
        PhotoSettings rough = new PhotoSettings(960, 720, 15, 0, 0.75, 0.75, 0.02, 30, 4, 1.0, 0, 0.12, 4, 50, 50);
        SyntheticPhoto photo = new PhotoSynthesizer(rough).generate(renderer.render(cards.get(7), 630, 880), new Random(5));
        var crop = Rectifier.rectify(Mats.decode(photo.jpeg()), new Quad(photo.faceCorners(), 0), 0);

        CardDescriptor fromPhoto = DescriptorExtractor.extract(crop);
        CardDescriptor same = DescriptorExtractor.extract(Mats.fromImage(renderer.render(cards.get(7))));
        CardDescriptor other = DescriptorExtractor.extract(Mats.fromImage(renderer.render(cards.get(8))));

        assertThat(RectifierTest.hamming(fromPhoto.pHashCard(), same.pHashCard()))
                .isLessThan(RectifierTest.hamming(fromPhoto.pHashCard(), other.pHashCard()));
        assertThat(RectifierTest.hamming(fromPhoto.pHashArt(), same.pHashArt()))
                .isLessThan(RectifierTest.hamming(fromPhoto.pHashArt(), other.pHashArt()));
        assertThat(RectifierTest.hamming(fromPhoto.dHash(), same.dHash()))
                .isLessThan(RectifierTest.hamming(fromPhoto.dHash(), other.dHash()));
        assertThat(dot(fromPhoto.hueSaturation(), same.hueSaturation()))
                .isGreaterThan(dot(fromPhoto.hueSaturation(), other.hueSaturation()));
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
