package io.cardvault.recognition.engine;

import io.cardvault.recognition.catalogue.CatalogueCard;
import io.cardvault.recognition.render.CardLayout;
import io.cardvault.recognition.synth.PhotoSettings;
import io.cardvault.recognition.synth.PhotoSynthesizer;
import io.cardvault.recognition.synth.SyntheticPhoto;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.Rectangle;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;

class TextReaderTest {

    private static TextReader reader;

    @BeforeAll
    static void loadTheEnglishModel() {
        // The model ships on the class path (tess4j's jar): OCR must be available in every build.
        reader = TextReader.create().orElseThrow();
    }

    private static CatalogueCard card(String set, String number, int official, String name) {
        return new CatalogueCard(set + "-" + number, number, set, set.toUpperCase(), official, name, "en", 120,
                List.of("Fire"), "Rare Holo", "Pokemon", List.of(6), List.of(), "");
    }

    private static Mat grayFace(CatalogueCard card) {
        Mat gray = new Mat();
        cvtColor(Mats.fromImage(TestCards.renderer().render(card)), gray, COLOR_BGR2GRAY);
        return gray;
    }

    private static Rectangle setCodeText(int w, int h) {
        Rectangle box = CardLayout.SET_CODE.in(w, h);
        int symbol = (int) Math.round(box.height * 0.8) + 4;
        return new Rectangle(box.x + symbol, box.y, box.width - symbol, box.height);
    }

    @Test
    void reads_the_collector_number_and_set_code_of_a_rendered_face() {
        try (PointerScope scope = new PointerScope()) {
            Mat gray = grayFace(card("bs", "4", 102, "Charizard"));

            TextReader.Reading number = reader.read(gray, CardLayout.NUMBER.in(gray.cols(), gray.rows()),
                    TextReader.Field.NUMBER);
            TextReader.Reading set = reader.read(gray, setCodeText(gray.cols(), gray.rows()), TextReader.Field.SET_CODE);

            assertThat(number.text()).isEqualTo("4/102");
            assertThat(number.confidence()).isGreaterThanOrEqualTo(OcrEvidence.MIN_CONFIDENCE);
            assertThat(set.text()).isEqualTo("BS");
        }
    }

    @Test
    void reads_the_name_line_of_a_rendered_face() {
        try (PointerScope scope = new PointerScope()) {
            Mat gray = grayFace(card("base1", "4", 102, "Charizard"));

            TextReader.Reading name = reader.read(gray, CardLayout.NAME.in(gray.cols(), gray.rows()), TextReader.Field.NAME);

            assertThat(name.text()).startsWith("Charizard").contains("120");
        }
    }

    @Test
    void reads_the_number_from_a_photo_rectified_on_the_card_outline() {
        CatalogueCard card = card("swsh3", "136", 189, "Pikachu");
        SyntheticPhoto photo = new PhotoSynthesizer(PhotoSettings.clean())
                .generate(TestCards.renderer().render(card, 630, 880), new Random(3));
        try (PointerScope scope = new PointerScope()) {
            Mat crop = Rectifier.rectify(Mats.decode(photo.jpeg()), new Quad(photo.faceCorners(), 1), 0);
            Mat gray = new Mat();
            cvtColor(crop, gray, COLOR_BGR2GRAY);

            TextReader.Reading strip = reader.read(gray, TextReader.stripRegion(gray.cols(), gray.rows()),
                    TextReader.Field.STRIP);
            TextReader.Reading set = TextReader.splitStrip(strip)[0];
            TextReader.Reading number = TextReader.splitStrip(strip)[1];
            OcrEvidence evidence = new OcrEvidence(number, set, new TextReader.Reading("", 0));
            assertThat(evidence.hasNumber()).as("strip read %s", strip).isTrue();
            assertThat(evidence.hasSetCode()).as("strip read %s", strip).isTrue();

            assertThat(evidence.numberAgreement(card).orElseThrow()).isGreaterThanOrEqualTo(OcrEvidence.AGREES);
            assertThat(evidence.numberAgreement(card("swsh3", "13", 189, "Pikachu")).orElseThrow())
                    .isLessThan(OcrEvidence.AGREES);
            assertThat(evidence.setAgreement(card).orElseThrow()).isGreaterThanOrEqualTo(OcrEvidence.AGREES);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "web1-042, web1, WEB1, 042, 48", // Japanese: the set id as its code, zero-padded numbers
            "S-P-103, S-P, S-P, 103, 0", // Japanese promo: a hyphenated code, no set size
            "smp-SM60, smp, SMP, SM60, 248", // English promo: letters in the number
            "swshp-SWSH050, swshp, SWSHP, SWSH050, 307"})
    void the_strip_read_of_a_rendered_face_names_its_card(String id, String setId, String code, String localId,
                                                          int official) {
        CatalogueCard card = new CatalogueCard(id, localId, setId, code, official, "リザードン", "ja", 120,
                List.of("Fire"), "Rare Holo", "Pokemon", List.of(6), List.of(), "");
        try (PointerScope scope = new PointerScope()) {
            Mat gray = grayFace(card);

            TextReader.Reading strip = reader.read(gray, TextReader.stripRegion(gray.cols(), gray.rows()),
                    TextReader.Field.STRIP);
            TextReader.Reading[] parts = TextReader.splitStrip(strip);
            OcrEvidence evidence = new OcrEvidence(parts[1], parts[0], new TextReader.Reading("", 0));

            assertThat(evidence.namesWithSetCode(card)).as("strip read %s", strip).isTrue();
        }
    }

    @Test
    void a_strip_reading_splits_into_set_code_and_number() {
        TextReader.Reading[] parts = TextReader.splitStrip(new TextReader.Reading("SV3PT5 199/165", 88));
        TextReader.Reading[] noCode = TextReader.splitStrip(new TextReader.Reading("4/102", 70));

        assertThat(parts[0]).isEqualTo(new TextReader.Reading("SV3PT5", 88));
        assertThat(parts[1]).isEqualTo(new TextReader.Reading("199/165", 88));
        assertThat(noCode[0].isEmpty()).isTrue();
        assertThat(noCode[1].text()).isEqualTo("4/102");
    }

    @Test
    void a_set_code_cut_short_that_ran_into_the_number_is_split_at_its_ellipsis() {
        TextReader.Reading[] dots = TextReader.splitStrip(new TextReader.Reading("SM1...071/173", 40));
        TextReader.Reading[] ellipsis = TextReader.splitStrip(new TextReader.Reading("SM1…055/49", 86));
        TextReader.Reading[] cutNumber = TextReader.splitStrip(new TextReader.Reading("SWSH05...", 80));

        assertThat(dots[0]).isEqualTo(new TextReader.Reading("SM1...", 40));
        assertThat(dots[1]).isEqualTo(new TextReader.Reading("071/173", 40));
        assertThat(ellipsis[0].text()).isEqualTo("SM1…");
        assertThat(ellipsis[1].text()).isEqualTo("055/49");
        assertThat(cutNumber[0].isEmpty()).isTrue();
        assertThat(cutNumber[1].text()).isEqualTo("SWSH05...");
    }

    @Test
    void reading_a_region_again_reads_the_same_text() {
        // The reader keeps one Tesseract instance per thread: a region read many times must not drift
        // (its speed is measured in bench/recognition, not here).
        try (PointerScope scope = new PointerScope()) {
            Mat gray = grayFace(card("sv3pt5", "199", 165, "Charizard ex"));
            Rectangle numberBox = CardLayout.NUMBER.in(gray.cols(), gray.rows());
            for (int i = 0; i < 5; i++) {
                assertThat(reader.read(gray, numberBox, TextReader.Field.NUMBER).text()).isEqualTo("199/165");
            }
        }
    }
}
