package io.cardvault.recognition.engine;

import io.cardvault.domain.recognition.CaptureQuality;
import io.cardvault.domain.recognition.CardOutline;
import io.cardvault.application.port.out.recognition.CardRecognition;
import io.cardvault.domain.recognition.ConfidenceBucket;
import io.cardvault.application.port.out.recognition.RecognitionCandidate;
import io.cardvault.application.port.out.recognition.ScanFingerprint;
import io.cardvault.domain.recognition.ScoreComponents;
import io.cardvault.recognition.catalogue.CatalogueCard;
import io.cardvault.recognition.render.CardFaceRenderer;
import io.cardvault.recognition.render.CardLayout;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

/**
 * The pipeline: outline candidates, rectification in the plausible rotations, global-descriptor
 * search, ORB + RANSAC verification of the best face groups, text-region comparison among
 * reprints, weighted scoring and bucketing, capture quality. Thread-safe; each call releases its
 * native memory when it returns.
 */
public final class CardRecognizer {

    private static final int MAX_PHOTO_SIDE = 1024;
    private static final int MAX_CANDIDATES = 5;
    /** Text-score lead of another card over the chosen one that makes the answer a conflict. */
    private static final double CONFLICT_MARGIN = 0.15;
    /** Score lead over the runner-up below which the score is reduced, and the largest reduction. */
    private static final double AMBIGUITY_LEAD = 0.04;
    private static final double AMBIGUITY_PENALTY = 0.45;
    /**
     * The highest score of a medium answer among reprints that the strip read did not tell apart:
     * just under the medium bucket, so the client asks the user (decisions §25).
     */
    private static final double UNCONFIRMED_REPRINT_SCORE = 0.49;
    /** OCR runs unless the answer scores above this and leads the runner-up by {@link #OCR_SETTLED_LEAD}. */
    private static final double OCR_SETTLED_SCORE = 0.75;
    private static final double OCR_SETTLED_LEAD = 0.10;
    /** A number-region correlation with the chosen card's face below this also calls for OCR. */
    private static final double OCR_NUMBER_DOUBT = 0.6;

    private final ReferenceIndex index;
    private final CardFaceRenderer renderer;
    private final RecognitionSettings settings;
    private final OutlineDetector detector;
    private final Map<Integer, BufferedImage> faceCache;
    private final Optional<TextReader> reader;

    /** A recognizer without OCR: text regions are compared with the references only. */
    public CardRecognizer(ReferenceIndex index, CardFaceRenderer renderer, RecognitionSettings settings) {
        this(index, renderer, settings, Optional.empty());
    }

    /** A recognizer that OCRs the number, set code and name regions when the visual answer is not settled. */
    public CardRecognizer(ReferenceIndex index, CardFaceRenderer renderer, RecognitionSettings settings,
                          Optional<TextReader> reader) {
        this.reader = reader;
        this.index = index;
        this.renderer = renderer;
        this.settings = settings;
        this.detector = new OutlineDetector(settings.outlineCandidates());
        this.faceCache = java.util.Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, BufferedImage> eldest) {
                return size() > 512;
            }
        });
    }

    /** Recognizes the card in a decoded BGR photo. */
    public CardRecognition recognize(Mat original) {
        try (PointerScope scope = new PointerScope()) {
            double scale = Math.min(1.0, MAX_PHOTO_SIDE / (double) Math.max(original.cols(), original.rows()));
            Mat photo = original;
            if (scale < 1.0) {
                photo = new Mat();
                resize(original, photo, new Size((int) Math.round(original.cols() * scale),
                        (int) Math.round(original.rows() * scale)), 0, 0, INTER_AREA);
            }
            List<Quad> quads = detector.detect(photo);
            boolean outlineFound = !quads.isEmpty();
            if (!outlineFound) {
                quads = List.of(wholePhoto(photo));
            }
            List<Hypothesis> hypotheses = new ArrayList<>();
            for (Quad quad : quads) {
                for (int rotation : Rectifier.plausibleRotations(quad)) {
                    hypotheses.add(hypothesis(photo, quad, rotation));
                }
            }
            hypotheses.sort(Comparator.comparingDouble(h -> h.hits().get(0).fused()));
            // Hypotheses often share their top candidates: extract a reference's ORB features once per call.
            Map<Integer, OrbVerifier.Features> referenceFeatures = new java.util.HashMap<>();
            Evaluation best = bestOf(hypotheses, referenceFeatures);
            OcrEvidence ocr = OcrEvidence.NONE;
            if (reader.isPresent() && unsettled(best)) {
                ocr = read(best);
                best = rescored(best, ocr);
            }
            return finish(best, ocr, outlineFound, photo, scale);
        }
    }

    private Hypothesis hypothesis(Mat photo, Quad quad, int rotation) {
        Mat crop = Rectifier.rectify(photo, quad, rotation);
        CardDescriptor descriptor = DescriptorExtractor.extract(crop);
        return new Hypothesis(quad, rotation, crop, descriptor, index.search(descriptor, settings.searchDepth()));
    }

    /** Verifies hypotheses best-first until one is settled by strong ORB evidence. */
    private Evaluation bestOf(List<Hypothesis> hypotheses, Map<Integer, OrbVerifier.Features> referenceFeatures) {
        Evaluation best = null;
        for (int i = 0; i < Math.min(settings.maxHypotheses(), hypotheses.size()); i++) {
            Evaluation evaluation = evaluate(hypotheses.get(i), referenceFeatures);
            if (best == null || evaluation.topScore() > best.topScore()) {
                best = evaluation;
            }
            if (evaluation.bestInliers() >= settings.strongInliers()) {
                break;
            }
        }
        return best;
    }

    private record Hypothesis(Quad quad, int rotation, Mat crop, CardDescriptor descriptor,
                              List<ReferenceIndex.Hit> hits) {
    }

    /** A candidate: its score after the near-tie reduction, the weighted sum before it, its components. */
    private record Scored(int card, double score, double raw, ScoreComponents components, double text) {
    }

    private record Evaluation(Hypothesis hypothesis, List<Scored> ranked, int bestInliers) {
        double topScore() {
            return ranked.isEmpty() ? 0 : ranked.get(0).score();
        }
    }

    private Evaluation evaluate(Hypothesis h, Map<Integer, OrbVerifier.Features> referenceFeatures) {
        Mat cropGray = new Mat();
        cvtColor(h.crop(), cropGray, COLOR_BGR2GRAY);
        OrbVerifier.Features photoFeatures = OrbVerifier.features(cropGray);
        Map<Integer, Double> similarityOf = new LinkedHashMap<>();
        Set<Integer> groups = new LinkedHashSet<>();
        for (ReferenceIndex.Hit hit : h.hits()) {
            similarityOf.putIfAbsent(hit.index(), hit.similarity());
            if (groups.size() < settings.verifyGroups()) {
                groups.add(index.group(hit.index()));
            }
        }
        List<Scored> scored = new ArrayList<>();
        int bestInliers = 0;
        for (int group : groups) {
            int representative = h.hits().stream().filter(hit -> index.group(hit.index()) == group)
                    .findFirst().orElseThrow().index();
            Mat repGray = gray(face(representative));
            int inliers = OrbVerifier.inliers(photoFeatures,
                    referenceFeatures.computeIfAbsent(representative, r -> OrbVerifier.features(repGray)));
            bestInliers = Math.max(bestInliers, inliers);
            double featureMatch = Math.min(1, inliers / (2.0 * settings.strongInliers()));
            // Members most like the photo first; the cap bounds the rendering work for the big
            // groups (a popular Pokémon printed in dozens of sets).
            List<Integer> ordered = new ArrayList<>();
            for (int m : index.groupMembers(group)) {
                ordered.add(m);
            }
            Map<Integer, Double> memberSimilarity = new java.util.HashMap<>();
            for (int m : ordered) {
                memberSimilarity.put(m, similarityOf.containsKey(m) ? similarityOf.get(m) : index.similarity(m, h.descriptor()));
            }
            ordered.sort(Comparator.comparingDouble((Integer m) -> -memberSimilarity.get(m)));
            if (ordered.size() > settings.groupCap()) {
                ordered = new ArrayList<>(ordered.subList(0, settings.groupCap()));
            }
            if (!ordered.contains(representative)) {
                ordered.add(representative);
            }
            for (int member : ordered) {
                Mat memberGray = member == representative ? repGray : gray(face(member));
                double name = (TextRegions.compare(cropGray, memberGray, CardLayout.NAME)
                        + TextRegions.compare(cropGray, memberGray, CardLayout.TEXT)) / 2;
                double number = TextRegions.compare(cropGray, memberGray, CardLayout.NUMBER);
                double set = TextRegions.compare(cropGray, memberGray, CardLayout.SET_CODE);
                double embedding = memberSimilarity.get(member);
                ScoreComponents components = new ScoreComponents(embedding, number, name, featureMatch, set);
                double score = weighted(components);
                scored.add(new Scored(member, score, score, components, (number + name + set) / 3));
            }
        }
        // A confirmed scan is a second entry of its card: one candidate per card, its better entry.
        Map<String, Scored> perCard = new LinkedHashMap<>();
        for (Scored s : scored) {
            perCard.merge(index.card(s.card()).id(), s, (a, b) -> a.score() >= b.score() ? a : b);
        }
        return new Evaluation(h, settle(new ArrayList<>(perCard.values())), bestInliers);
    }

    private double weighted(ScoreComponents c) {
        double score = settings.embeddingWeight() * c.embedding() + settings.collectorNumberWeight() * c.collectorNumber()
                + settings.nameWeight() * c.name() + settings.featureMatchWeight() * c.featureMatch()
                + settings.setContextWeight() * c.setContext();
        return Math.max(0, Math.min(1, score));
    }

    /** Orders by the weighted sum and applies the near-tie reduction. */
    private static List<Scored> settle(List<Scored> scored) {
        scored.sort(Comparator.comparingDouble(Scored::raw).reversed());
        double factor = 1;
        if (scored.size() > 1) {
            // A near tie with another card is uncertainty the components alone do not show
            // (a reprint whose number is half hidden by glare): the score shrinks with the lead.
            double lead = scored.get(0).raw() - scored.get(1).raw();
            factor = 1 - AMBIGUITY_PENALTY * Math.max(0, 1 - lead / AMBIGUITY_LEAD);
        }
        // Applied to every candidate: it qualifies the answer as a whole and keeps the order.
        double f = factor;
        scored.replaceAll(c -> new Scored(c.card(), c.raw() * f, c.raw(), c.components(), c.text()));
        return scored;
    }

    /**
     * Whether OCR is worth its milliseconds: the answer is not high, or another card is close
     * behind (reprints share everything but the bottom strip).
     */
    private static boolean unsettled(Evaluation e) {
        List<Scored> ranked = e.ranked();
        if (ranked.isEmpty()) {
            return false;
        }
        // A clear visual match whose number region does not look like its number: read it.
        return ranked.get(0).score() <= OCR_SETTLED_SCORE
                || ranked.size() > 1 && ranked.get(0).raw() - ranked.get(1).raw() < OCR_SETTLED_LEAD
                || ranked.get(0).components().collectorNumber() < OCR_NUMBER_DOUBT;
    }

    private OcrEvidence read(Evaluation e) {
        TextReader ocr = reader.orElseThrow();
        Mat gray = new Mat();
        cvtColor(e.hypothesis().crop(), gray, COLOR_BGR2GRAY);
        int w = gray.cols();
        int h = gray.rows();
        // One line from just right of the set symbol to the end of the number: "BS 4/102".
        TextReader.Reading[] strip = TextReader.splitStrip(
                ocr.read(gray, TextReader.stripRegion(w, h), TextReader.Field.STRIP));
        TextReader.Reading set = strip[0];
        TextReader.Reading number = strip[1];
        TextReader.Reading name = new TextReader.Reading("", 0);
        boolean latinCandidates = e.ranked().stream().limit(MAX_CANDIDATES)
                .anyMatch(c -> OcrEvidence.latin(index.card(c.card()).name()));
        boolean namesDiffer = e.ranked().stream().limit(MAX_CANDIDATES).map(c -> index.card(c.card()).name())
                .distinct().count() > 1;
        if (latinCandidates && (namesDiffer || e.ranked().get(0).score() < 0.5)) {
            name = ocr.read(gray, CardLayout.NAME.in(w, h), TextReader.Field.NAME);
        }
        return new OcrEvidence(number, set, name);
    }

    /**
     * Folds the OCR readings into the text components: each becomes the mean of the reference
     * comparison and the OCR agreement where the OCR read something.
     */
    private Evaluation rescored(Evaluation e, OcrEvidence ocr) {
        List<Scored> rescored = new ArrayList<>();
        for (Scored s : e.ranked()) {
            CatalogueCard card = index.card(s.card());
            ScoreComponents c = s.components();
            double number = blend(c.collectorNumber(), ocr.numberAgreement(card));
            double set = blend(c.setContext(), ocr.setAgreement(card));
            double name = blend(c.name(), ocr.nameAgreement(card));
            ScoreComponents components = new ScoreComponents(c.embedding(), number, name, c.featureMatch(), set);
            double raw = weighted(components);
            rescored.add(new Scored(s.card(), raw, raw, components, (number + name + set) / 3));
        }
        return new Evaluation(e.hypothesis(), settle(rescored), e.bestInliers());
    }

    /** The number and set code read together name a catalogue card (another one than the visual match). */
    private boolean printedElsewhere(OcrEvidence ocr) {
        if (!ocr.hasSetCode()) {
            return false;
        }
        for (int i : index.withLocalId(ocr.localIdRead())) {
            CatalogueCard card = index.card(i);
            if (ocr.numberAgreement(card).orElse(0) >= OcrEvidence.AGREES
                    && ocr.setAgreement(card).orElse(0) >= OcrEvidence.AGREES) {
                return true;
            }
        }
        return false;
    }

    private static double blend(double compared, java.util.OptionalDouble read) {
        return read.isPresent() ? (compared + read.getAsDouble()) / 2 : compared;
    }

    /**
     * The visual match and the text read disagree: the OCR read a number (or a Latin name) that
     * is clearly not the chosen card's, while another candidate's matches it, or no candidate's
     * matches the number and the visual match itself is not strong.
     */
    private boolean ocrContradicts(List<Scored> ranked, OcrEvidence ocr) {
        if (ranked.isEmpty()) {
            return false;
        }
        CatalogueCard chosen = index.card(ranked.get(0).card());
        java.util.OptionalDouble number = ocr.numberAgreement(chosen);
        if (number.isPresent() && number.getAsDouble() < OcrEvidence.CONTRADICTS) {
            boolean anotherAgrees = ranked.stream().skip(1)
                    .anyMatch(c -> ocr.numberAgreement(index.card(c.card())).orElse(0) >= OcrEvidence.AGREES);
            if (anotherAgrees || ranked.get(0).components().featureMatch() < 0.5 || printedElsewhere(ocr)) {
                return true;
            }
        }
        java.util.OptionalDouble name = ocr.nameAgreement(chosen);
        return name.isPresent() && name.getAsDouble() < OcrEvidence.CONTRADICTS && ranked.stream().skip(1)
                .anyMatch(c -> ocr.nameAgreement(index.card(c.card())).orElse(0) >= OcrEvidence.AGREES);
    }

    /**
     * A medium answer with a reprint of it (same face group) close behind among the candidates (the
     * lead that would have made OCR unnecessary) and whose strip read does not tell the two apart: the photo cannot decide between identical faces,
     * so the pick is a guess however well it matched.
     */
    private boolean unconfirmedReprint(List<Scored> ranked, OcrEvidence ocr) {
        if (ranked.size() < 2 || ranked.get(0).score() > OCR_SETTLED_SCORE) {
            return false;
        }
        int chosen = ranked.get(0).card();
        CatalogueCard chosenCard = index.card(chosen);
        double lead = ranked.get(0).raw();
        return ranked.stream().skip(1).limit(MAX_CANDIDATES - 1)
                .filter(s -> index.group(s.card()) == index.group(chosen))
                .filter(s -> lead - s.raw() < OCR_SETTLED_LEAD)
                .map(s -> index.card(s.card()))
                .filter(rival -> !rival.id().equals(chosenCard.id()))
                .anyMatch(rival -> !ocr.tellsApart(chosenCard, rival));
    }

    private CardRecognition finish(Evaluation evaluation, OcrEvidence ocr, boolean outlineFound, Mat photo, double scale) {
        List<Scored> ranked = evaluation.ranked();
        Hypothesis h = evaluation.hypothesis();
        boolean conflict = false;
        if (ranked.size() > 1) {
            Scored chosen = ranked.get(0);
            Scored bestText = ranked.stream().max(Comparator.comparingDouble(Scored::text)).orElseThrow();
            // The visual evidence overrode a clearly better text agreement: let the user decide.
            conflict = bestText.card() != chosen.card() && bestText.text() - chosen.text() > CONFLICT_MARGIN;
        }
        conflict = conflict || ocrContradicts(ranked, ocr);
        if (unconfirmedReprint(ranked, ocr)) {
            // Capping every candidate keeps the order (min is monotonic) and qualifies the answer as a whole.
            ranked = ranked.stream().map(s -> new Scored(s.card(), Math.min(s.score(), UNCONFIRMED_REPRINT_SCORE),
                    s.raw(), s.components(), s.text())).toList();
        }
        List<RecognitionCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < Math.min(MAX_CANDIDATES, ranked.size()); i++) {
            Scored s = ranked.get(i);
            CatalogueCard card = index.card(s.card());
            candidates.add(new RecognitionCandidate(card.id(), card.name(), card.setId(), s.score(),
                    ConfidenceBucket.of(s.score(), i == 0 && conflict), s.components(), h.rotation()));
        }
        Optional<Mat> reference = ranked.isEmpty() ? Optional.empty() : Optional.of(Mats.fromImage(face(ranked.get(0).card())));
        double agreement = ranked.isEmpty() ? 0 : ranked.get(0).components().featureMatch();
        CaptureQuality quality = CaptureQualityAnalyzer.analyse(photo, outlineFound ? Optional.of(h.quad()) : Optional.empty(),
                h.crop(), reference, agreement);
        Optional<CardOutline> outline = Optional.empty();
        if (outlineFound) {
            double[] xy = h.quad().xy();
            for (int i = 0; i < 8; i++) {
                xy[i] /= scale;
            }
            outline = Optional.of(new Quad(xy, h.quad().score()).toOutline());
        }
        return new CardRecognition(candidates, outline, quality, new ScanFingerprint(h.descriptor().toBytes()));
    }

    private BufferedImage face(int card) {
        BufferedImage cached = faceCache.get(card);
        if (cached == null) {
            cached = renderer.render(index.card(card));
            faceCache.put(card, cached);
        }
        return cached;
    }

    private static Mat gray(BufferedImage image) {
        Mat gray = new Mat();
        cvtColor(Mats.fromImage(image), gray, COLOR_BGR2GRAY);
        return gray;
    }

    private static Quad wholePhoto(Mat photo) {
        double w = photo.cols();
        double h = photo.rows();
        double mx = 0.03 * w;
        double my = 0.03 * h;
        return new Quad(new double[]{mx, my, w - mx, my, w - mx, h - my, mx, h - my}, 0);
    }
}
