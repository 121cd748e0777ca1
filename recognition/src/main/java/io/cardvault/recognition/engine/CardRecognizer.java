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

    private final ReferenceIndex index;
    private final CardFaceRenderer renderer;
    private final RecognitionSettings settings;
    private final OutlineDetector detector;
    private final Map<Integer, BufferedImage> faceCache;

    public CardRecognizer(ReferenceIndex index, CardFaceRenderer renderer, RecognitionSettings settings) {
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
            return finish(best, outlineFound, scale);
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

    private record Scored(int card, double score, ScoreComponents components, double text) {
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
                double score = settings.embeddingWeight() * embedding + settings.collectorNumberWeight() * number
                        + settings.nameWeight() * name + settings.featureMatchWeight() * featureMatch
                        + settings.setContextWeight() * set;
                scored.add(new Scored(member, Math.max(0, Math.min(1, score)), components, (number + name + set) / 3));
            }
        }
        // A confirmed scan is a second entry of its card: one candidate per card, its better entry.
        Map<String, Scored> perCard = new LinkedHashMap<>();
        for (Scored s : scored) {
            perCard.merge(index.card(s.card()).id(), s, (a, b) -> a.score() >= b.score() ? a : b);
        }
        scored = new ArrayList<>(perCard.values());
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        if (scored.size() > 1) {
            // A near tie with another card is uncertainty the components alone do not show
            // (a reprint whose number is half hidden by glare): the score shrinks with the lead.
            double lead = scored.get(0).score() - scored.get(1).score();
            double factor = 1 - AMBIGUITY_PENALTY * Math.max(0, 1 - lead / AMBIGUITY_LEAD);
            // Applied to every candidate: it qualifies the answer as a whole and keeps the order.
            scored.replaceAll(c -> new Scored(c.card(), c.score() * factor, c.components(), c.text()));
        }
        return new Evaluation(h, scored, bestInliers);
    }

    private CardRecognition finish(Evaluation evaluation, boolean outlineFound, double scale) {
        List<Scored> ranked = evaluation.ranked();
        Hypothesis h = evaluation.hypothesis();
        boolean conflict = false;
        if (ranked.size() > 1) {
            Scored chosen = ranked.get(0);
            Scored bestText = ranked.stream().max(Comparator.comparingDouble(Scored::text)).orElseThrow();
            // The visual evidence overrode a clearly better text agreement: let the user decide.
            conflict = bestText.card() != chosen.card() && bestText.text() - chosen.text() > CONFLICT_MARGIN;
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
        CaptureQuality quality = CaptureQualityAnalyzer.analyse(h.crop(), reference, outlineFound, agreement);
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
