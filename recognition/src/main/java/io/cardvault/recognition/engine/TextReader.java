package io.cardvault.recognition.engine;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.tesseract.TessBaseAPI;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.logging.Logger;

import static org.bytedeco.opencv.global.opencv_core.BORDER_CONSTANT;
import static org.bytedeco.opencv.global.opencv_core.copyMakeBorder;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_CUBIC;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;
import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_LINE;

/**
 * OCR of the small printed text regions of a rectified card (collector number, set code, name)
 * with Tesseract through JavaCPP's bundled libtesseract. Only the region is read, upscaled, as
 * one text line and, for numbers and codes, with a character whitelist: a few milliseconds per
 * region. Tesseract engines are not thread-safe; a small pool of them is shared.
 *
 * <p>The English model comes from, in order: the configured folder ({@code CARDVAULT_RECOGNITION_TESSDATA}
 * in the server), the class path resource
 * {@code tessdata/eng.traineddata} (the tess4j jar carries it; only that file is used), Debian's
 * {@code tesseract-ocr-eng} folders. Without any of them {@link #create(Optional)} answers empty and the
 * recognizer scores without OCR.
 */
public final class TextReader {

    private static final Logger LOG = Logger.getLogger(TextReader.class.getName());
    private static final List<Path> SYSTEM_FOLDERS = List.of(Path.of("/usr/share/tesseract-ocr/5/tessdata"),
            Path.of("/usr/share/tesseract-ocr/4.00/tessdata"), Path.of("/usr/share/tessdata"));
    /** Upscaling of a canonical crop region before OCR: canonical text is 12-18 px high. */
    private static final double UPSCALE = 2.5;
    private static final int PAD = 12;

    /** What a region holds, which decides the characters Tesseract may answer. */
    public enum Field {
        /** {@code 4/102}, {@code TG05/TG30}, {@code SV049}. */
        NUMBER("0123456789/ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-"),
        /** {@code BS}, {@code SV3PT5}, {@code SWSH12}. */
        SET_CODE("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-."),
        /** The bottom strip from the set code to the collector number: {@code BS 4/102}. */
        STRIP("0123456789/ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-. "),
        /** A Latin-script card name. */
        NAME("");

        private final String whitelist;

        Field(String whitelist) {
            this.whitelist = whitelist;
        }
    }

    /** Text read from a region and Tesseract's mean word confidence (0-100). */
    public record Reading(String text, int confidence) {
        public Reading {
            text = text == null ? "" : text.strip();
        }

        public boolean isEmpty() {
            return text.isEmpty();
        }
    }

    private final Path tessdata;
    private final BlockingQueue<TessBaseAPI> engines;

    private TextReader(Path tessdata, int engines) {
        this.tessdata = tessdata;
        this.engines = new ArrayBlockingQueue<>(engines);
        for (int i = 0; i < engines; i++) {
            this.engines.add(newEngine());
        }
    }

    /** A reader with one engine per core on the bundled (or system) English model, or empty when none is found. */
    public static Optional<TextReader> create() {
        return create(Optional.empty());
    }

    /** As {@link #create()}, trying the configured tessdata folder first. */
    public static Optional<TextReader> create(Optional<Path> configuredFolder) {
        return locateModel(configuredFolder)
                .map(folder -> new TextReader(folder, Math.max(1, Runtime.getRuntime().availableProcessors())));
    }

    /** The folder holding {@code eng.traineddata}, if any. */
    static Optional<Path> locateModel(Optional<Path> configuredFolder) {
        if (configuredFolder.isPresent()) {
            Path folder = configuredFolder.get();
            if (Files.isRegularFile(folder.resolve("eng.traineddata"))) {
                return configuredFolder;
            }
            LOG.warning(() -> "no eng.traineddata in the configured tessdata folder " + folder);
        }
        Optional<Path> bundled = fromClassPath();
        if (bundled.isPresent()) {
            return bundled;
        }
        for (Path folder : SYSTEM_FOLDERS) {
            if (Files.isRegularFile(folder.resolve("eng.traineddata"))) {
                return Optional.of(folder);
            }
        }
        LOG.warning("no Tesseract English model (eng.traineddata) found: recognition runs without OCR");
        return Optional.empty();
    }

    private static Optional<Path> fromClassPath() {
        try (InputStream in = TextReader.class.getClassLoader().getResourceAsStream("tessdata/eng.traineddata")) {
            if (in == null) {
                return Optional.empty();
            }
            Path folder = Files.createTempDirectory("cardvault-tessdata");
            Path model = folder.resolve("eng.traineddata");
            Files.copy(in, model, StandardCopyOption.REPLACE_EXISTING);
            model.toFile().deleteOnExit();
            folder.toFile().deleteOnExit();
            return Optional.of(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the bundled eng.traineddata", e);
        }
    }

    private TessBaseAPI newEngine() {
        TessBaseAPI api = new TessBaseAPI();
        if (api.Init(tessdata.toString(), "eng") != 0) {
            api.close();
            throw new IllegalStateException("Tesseract cannot load eng.traineddata from " + tessdata);
        }
        api.SetPageSegMode(PSM_SINGLE_LINE);
        api.SetVariable("user_defined_dpi", "300");
        api.SetVariable("debug_file", "/dev/null");
        return api;
    }

    /**
     * The bottom strip's text region of a canonical crop: from just right of the set symbol to the
     * end of the collector number.
     */
    public static Rectangle stripRegion(int width, int height) {
        Rectangle set = io.cardvault.recognition.render.CardLayout.SET_CODE.in(width, height);
        Rectangle number = io.cardvault.recognition.render.CardLayout.NUMBER.in(width, height);
        int symbol = (int) Math.round(set.height * 0.8) + 4;
        return new Rectangle(set.x + symbol, set.y, number.x + number.width - set.x - symbol, set.height);
    }

    /**
     * Splits a bottom-strip reading into set code and collector number: the number is the token
     * with a slash (or the last one), the set code the first token before it.
     */
    public static Reading[] splitStrip(Reading strip) {
        String[] tokens = strip.text().trim().split("\\s+");
        if (strip.isEmpty() || tokens.length == 0) {
            return new Reading[]{new Reading("", 0), new Reading("", 0)};
        }
        int numberAt = tokens.length - 1;
        for (int i = tokens.length - 1; i >= 0; i--) {
            if (tokens[i].indexOf('/') >= 0) {
                numberAt = i;
                break;
            }
        }
        String set = numberAt > 0 ? tokens[0] : "";
        String number = tokens[numberAt];
        int cut = endOfEllipsis(number);
        if (set.isEmpty() && cut > 0 && cut < number.length()) {
            // A long set code printed cut short runs into the number when the space is lost: "SM1...071/173".
            set = number.substring(0, cut);
            number = number.substring(cut);
        }
        return new Reading[]{new Reading(set, set.isEmpty() ? 0 : strip.confidence()),
                new Reading(number, strip.confidence())};
    }

    /** Index just after the first ellipsis ("…" or two or more dots) in a token, or -1 without one. */
    private static int endOfEllipsis(String token) {
        int single = token.indexOf('…');
        if (single >= 0) {
            return single + 1;
        }
        int dots = token.indexOf("..");
        if (dots < 0) {
            return -1;
        }
        int end = dots;
        while (end < token.length() && token.charAt(end) == '.') {
            end++;
        }
        return end;
    }

    /**
     * Reads one region of a grey canonical crop ({@code 315 x 440}, see
     * {@link io.cardvault.recognition.render.CardLayout}).
     */
    public Reading read(Mat canonicalGray, Rectangle region, Field field) {
        Rectangle r = region.intersection(new Rectangle(0, 0, canonicalGray.cols(), canonicalGray.rows()));
        if (r.isEmpty()) {
            return new Reading("", 0);
        }
        Mat crop = new Mat(canonicalGray, new Rect(r.x, r.y, r.width, r.height));
        Mat big = new Mat();
        resize(crop, big, new Size((int) Math.round(r.width * UPSCALE), (int) Math.round(r.height * UPSCALE)), 0, 0,
                INTER_CUBIC);
        Mat padded = new Mat();
        // A margin of the region's own background: Tesseract finds lines poorly at the image edge.
        copyMakeBorder(big, padded, PAD, PAD, PAD, PAD, BORDER_CONSTANT, new Scalar(meanEdge(big)));
        TessBaseAPI api = take();
        try {
            api.SetVariable("tessedit_char_whitelist", field.whitelist);
            api.SetImage(padded.data(), padded.cols(), padded.rows(), 1, (int) padded.step());
            BytePointer text = api.GetUTF8Text();
            String value = text == null ? "" : text.getString(java.nio.charset.StandardCharsets.UTF_8);
            if (text != null) {
                text.deallocate();
            }
            int confidence = api.MeanTextConf();
            api.Clear();
            return new Reading(value.replace('\n', ' '), Math.max(0, confidence));
        } finally {
            engines.add(api);
        }
    }

    private TessBaseAPI take() {
        try {
            return engines.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an OCR engine", e);
        }
    }

    /** Mean of the region's border pixels: the paper colour to pad with. */
    private static double meanEdge(Mat gray) {
        org.bytedeco.javacpp.indexer.UByteIndexer px = gray.createIndexer();
        long sum = 0;
        int n = 0;
        for (int x = 0; x < gray.cols(); x++) {
            sum += px.get(0, x) + px.get(gray.rows() - 1, x);
            n += 2;
        }
        for (int y = 0; y < gray.rows(); y++) {
            sum += px.get(y, 0) + px.get(y, gray.cols() - 1);
            n += 2;
        }
        return n == 0 ? 255 : sum / (double) n;
    }
}
