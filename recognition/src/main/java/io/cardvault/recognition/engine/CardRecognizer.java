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
 * search, ORB + RANSAC verification of the best face groups (when none is verified: the other
 * turns, then the candidates' faces looked for in the whole photo by their local features),
 * text-region comparison among reprints, weighted scoring and bucketing, capture quality.
 * Thread-safe; each call releases its native memory when it returns.
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
    /** The feature match of a face whose ORB inliers settle a hypothesis ({@code strongInliers} of twice that). */
    private static final double SETTLED_MATCH = 0.5;
    /** The lowest score of a {@link #verified} answer: inside the high bucket. */
    private static final double VERIFIED_SCORE = 0.8;
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
    /**
     * ORB features of reference faces verified by earlier calls: the same confusable faces come up
     * photo after photo, and extracting a face's features (after rendering it) costs more than
     * matching them. About 40 KB of native memory each (600 keypoints and their descriptors).
     */
    private final Map<Integer, OrbVerifier.Features> featureCache;
    private final Optional<TextReader> reader;

    /** A recognizer without OCR: text regions are compared with the references only. */
    public CardRecognizer(ReferenceIndex index, CardFaceRenderer renderer, RecognitionSettings settings) {
        this(index, renderer, settings, Optional.empty());
    }

    /** A recognizer that OCRs the number, set code and name regions when the visual answer is not settled. */
    public CardRecognizer(ReferenceIndex index, CardFaceRenderer renderer, RecognitionSettings settings,
                          Optional<TextReader> reader) {
        this(index, renderer, settings, reader, lru(FACE_CACHE_SIZE), lru(FEATURE_CACHE_SIZE));
    }

    /** Rendered reference faces kept across calls. */
    private static final int FACE_CACHE_SIZE = 512;
    /** Reference faces whose ORB features are kept across calls (about 40 MB of native memory). */
    private static final int FEATURE_CACHE_SIZE = 1024;

    private static <V> Map<Integer, V> lru(int capacity) {
        return java.util.Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, V> eldest) {
                return size() > capacity;
            }
        });
    }

    private CardRecognizer(ReferenceIndex index, CardFaceRenderer renderer, RecognitionSettings settings,
                           Optional<TextReader> reader, Map<Integer, BufferedImage> faceCache,
                           Map<Integer, OrbVerifier.Features> featureCache) {
        this.reader = reader;
        this.index = index;
        this.renderer = renderer;
        this.settings = settings;
        this.detector = new OutlineDetector(settings.outlineCandidates());
        this.faceCache = faceCache;
        this.featureCache = featureCache;
    }

    /**
     * The same recognizer searching only a view of its index ({@link ReferenceIndex#only}, one game):
     * the view keeps the positions, so both share the cache of rendered faces.
     */
    public CardRecognizer over(ReferenceIndex view) {
        return new CardRecognizer(view, renderer, settings, reader, faceCache, featureCache);
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
            OutlineDetector.Outlines outlines = detector.outlines(photo);
            List<Quad> quads = outlines.candidates();
            boolean outlineFound = !quads.isEmpty();
            Quad whole = wholePhoto(photo);
            if (!outlineFound) {
                quads = List.of(whole);
            }
            List<Hypothesis> hypotheses = new ArrayList<>();
            for (Quad quad : quads) {
                hypotheses.addAll(hypotheses(photo, quad, Rectifier.plausibleRotations(quad)));
            }
            hypotheses.sort(BY_DESCRIPTOR);
            // Hypotheses often share their top candidates: extract a reference's ORB features once per call.
            Map<Integer, OrbVerifier.Features> referenceFeatures = new java.util.HashMap<>();
            Evaluation best = bestOf(hypotheses, referenceFeatures);
            if (!verified(best)) {
                best = otherTurns(photo, quads, hypotheses, best, referenceFeatures);
            }
            if (!verified(best)) {
                best = fromStraightEdges(photo, outlines, hypotheses, best, referenceFeatures);
            }
            if (!verified(best)) {
                best = located(photo, hypotheses, best, referenceFeatures);
            }
            outlineFound = outlineFound || !best.hypothesis().quad().equals(whole);
            Optional<Scored> beside = verified(best) ? cardBeside(best, quads, hypotheses, referenceFeatures) : Optional.empty();
            OcrEvidence ocr = OcrEvidence.NONE;
            if (reader.isPresent() && unsettled(best)) {
                ocr = read(best, best.hypothesis().crop());
                if (namedLookAlike(best, ocr).isEmpty()) {
                    // The outline may have slid the strip out of place: read it again where the face prints it.
                    Optional<Mat> aligned = alignedCrop(best, photo);
                    if (aligned.isPresent()) {
                        OcrEvidence again = read(best, aligned.get());
                        if (namedLookAlike(best, again).isPresent()) {
                            ocr = again;
                        }
                    }
                }
                best = decided(rescored(best, ocr), ocr);
            }
            return finish(best, ocr, beside, outlineFound, photo, scale);
        }
    }

    private Hypothesis hypothesis(Mat photo, Quad quad, int rotation) {
        return hypothesis(quad, rotation, Rectifier.rectify(photo, quad, rotation), Rectifier.visibleMask(photo, quad, rotation));
    }

    private Hypothesis hypothesis(Quad quad, int rotation, Mat crop, Optional<Mat> visible) {
        CardDescriptor descriptor = DescriptorExtractor.extract(crop);
        return new Hypothesis(quad, rotation, crop, visible, descriptor, index.search(descriptor, settings.searchDepth()));
    }

    /**
     * The outline's hypotheses at these turns, in their order: a turn and the half turn from it
     * (the pairs the outline's shape leaves) share one warp.
     */
    private List<Hypothesis> hypotheses(Mat photo, Quad quad, List<Integer> rotations) {
        Map<Integer, Hypothesis> byRotation = new java.util.HashMap<>();
        for (int rotation : rotations) {
            int halfTurn = (rotation + 180) % 360;
            if (byRotation.containsKey(rotation)) {
                continue;
            }
            if (!rotations.contains(halfTurn)) {
                byRotation.put(rotation, hypothesis(photo, quad, rotation));
                continue;
            }
            Rectifier.Turned crops = Rectifier.rectifyTurned(photo, quad, rotation);
            Optional<Rectifier.Turned> visible = Rectifier.visibleMasksTurned(photo, quad, rotation);
            byRotation.put(rotation, hypothesis(quad, rotation, crops.crop(), visible.map(Rectifier.Turned::crop)));
            byRotation.put(halfTurn, hypothesis(quad, halfTurn, crops.halfTurned(), visible.map(Rectifier.Turned::halfTurned)));
        }
        return rotations.stream().map(byRotation::get).toList();
    }

    private static final Comparator<Hypothesis> BY_DESCRIPTOR = Comparator.comparingDouble(h -> h.hits().get(0).fused());
    /** Outlines whose two implausible turns are searched too when no plausible turn was verified. */
    private static final int OTHER_TURN_QUADS = 3;
    /** Hypotheses verified with ORB at most in each fallback (other turns, straight-edge outlines, located faces). */
    private static final int FALLBACK_VERIFICATIONS = 3;
    /** Face groups whose representative is looked for in the whole photo when no outline was verified. */
    private static final int LOCATE_CANDIDATES = 8;
    /** Matches agreeing on a face-to-photo homography that make a located face worth verifying. */
    private static final int LOCATE_INLIERS = 15;

    private boolean verified(Evaluation e) {
        return e.bestInliers() >= settings.strongInliers();
    }

    /**
     * The turns the outline's shape ruled out, for the best outlines: a square-looking inner panel
     * or a wrong outline says nothing about the turn. The descriptor search ranks them cheaply;
     * only the few that it ranks above the best verified hypothesis are verified.
     */
    private Evaluation otherTurns(Mat photo, List<Quad> quads, List<Hypothesis> tried, Evaluation best,
                                  Map<Integer, OrbVerifier.Features> referenceFeatures) {
        List<Hypothesis> more = new ArrayList<>();
        for (Quad quad : quads.subList(0, Math.min(OTHER_TURN_QUADS, quads.size()))) {
            List<Integer> plausible = Rectifier.plausibleRotations(quad);
            more.addAll(hypotheses(photo, quad, Rectifier.ALL_ROTATIONS.stream().filter(r -> !plausible.contains(r)).toList()));
        }
        more.sort(BY_DESCRIPTOR);
        tried.addAll(more);
        // Only a turn whose face the search likes better than the verified one's is worth ORB.
        double bar = best.hypothesis().hits().get(0).fused();
        List<Hypothesis> better = more.stream().filter(h -> h.hits().get(0).fused() < bar)
                .limit(FALLBACK_VERIFICATIONS).toList();
        return bestOf(better, best, referenceFeatures);
    }

    /**
     * No contour outline was verified: the outlines the photo's straight edges bound (a thumb over a
     * corner bends the contour, not the sides), each at the turns its shape allows; the few the
     * descriptor search likes best are verified. Their searches also feed the whole-photo search.
     */
    private Evaluation fromStraightEdges(Mat photo, OutlineDetector.Outlines outlines, List<Hypothesis> tried, Evaluation best,
                                         Map<Integer, OrbVerifier.Features> referenceFeatures) {
        double near = NEAR_OUTLINE * Math.hypot(photo.cols(), photo.rows());
        List<Hypothesis> more = new ArrayList<>();
        for (Quad quad : outlines.fromStraightEdges().get()) {
            if (outlines.candidates().stream().noneMatch(known -> known.maxCornerDistance(quad) < near)) {
                more.addAll(hypotheses(photo, quad, Rectifier.plausibleRotations(quad)));
            }
        }
        more.sort(BY_DESCRIPTOR);
        tried.addAll(more);
        return bestOf(more.subList(0, Math.min(FALLBACK_VERIFICATIONS, more.size())), best, referenceFeatures);
    }

    /** Corner distance, as a share of the photo's diagonal, within which two outlines are the same. */
    private static final double NEAR_OUTLINE = 0.02;

    /**
     * No outline was verified: look for the best candidates' faces in the whole photo by their local
     * features, which needs no corner at all (a card cut off by the photo's edge, under a thumb,
     * touching another card). A face found gives the outline and the turn; it is then verified like
     * any other hypothesis.
     */
    private Evaluation located(Mat photo, List<Hypothesis> tried, Evaluation best,
                               Map<Integer, OrbVerifier.Features> referenceFeatures) {
        Set<Integer> groups = new LinkedHashSet<>();
        List<Integer> representatives = new ArrayList<>();
        List<Integer> leads = new ArrayList<>();
        leads.add(best.ranked().get(0).card());
        // The best match of each outline: the search prefers small plain regions (an inner panel) to
        // the real outline, so the best few hypotheses overall often come from one or two wrong quads.
        Set<Quad> seen = new java.util.HashSet<>();
        tried.stream().sorted(BY_DESCRIPTOR).filter(h -> seen.add(h.quad())).forEach(h -> leads.add(h.hits().get(0).index()));
        for (int card : leads) {
            if (groups.size() < LOCATE_CANDIDATES && groups.add(index.group(card))) {
                representatives.add(card);
            }
        }
        Mat gray = new Mat();
        cvtColor(photo, gray, COLOR_BGR2GRAY);
        OrbVerifier.Features photoFeatures = OrbVerifier.photoFeatures(gray);
        List<OrbVerifier.Location> found = new ArrayList<>();
        for (int card : representatives) {
            BufferedImage face = face(card);
            OrbVerifier.Features features = referenceFeatures.computeIfAbsent(card, r -> OrbVerifier.features(gray(face)));
            OrbVerifier.locate(photoFeatures, features, face.getWidth(), face.getHeight(), LOCATE_INLIERS)
                    .filter(location -> plausibleCard(location.faceCorners(), photo))
                    .ifPresent(found::add);
        }
        found.sort(Comparator.comparingInt(OrbVerifier.Location::inliers).reversed());
        List<Hypothesis> more = new ArrayList<>();
        for (OrbVerifier.Location location : found.subList(0, Math.min(FALLBACK_VERIFICATIONS, found.size()))) {
            Quad quad = new Quad(location.faceCorners(), 0);
            more.add(hypothesis(photo, quad, rotationOf(quad, location.faceCorners())));
        }
        return bestOf(more, best, referenceFeatures);
    }

    /** A located face must look like a card seen from the front (not mirrored, convex), mostly in the photo. */
    private static boolean plausibleCard(double[] faceCorners, Mat photo) {
        for (int i = 0; i < 4; i++) {
            int j = (i + 1) % 4;
            int k = (i + 2) % 4;
            double cross = (faceCorners[2 * j] - faceCorners[2 * i]) * (faceCorners[2 * k + 1] - faceCorners[2 * j + 1])
                    - (faceCorners[2 * j + 1] - faceCorners[2 * i + 1]) * (faceCorners[2 * k] - faceCorners[2 * j]);
            // Face order turns clockwise on screen (y grows downwards): every turn has a positive cross product.
            if (cross <= 0) {
                return false;
            }
        }
        Quad quad = new Quad(faceCorners, 0);
        double aspect = quad.aspect();
        double portrait = aspect > 1 ? 1 / aspect : aspect;
        double photoArea = photo.cols() * (double) photo.rows();
        return Math.abs(Math.log(portrait / (63.0 / 88.0))) < 0.3 && quad.area() > 0.03 * photoArea
                && quad.visibleShare(photo.cols(), photo.rows()) > 0.6;
    }

    /** The rectifier's turn that brings the face's top-left corner (given in face order) to the crop's top-left. */
    static int rotationOf(Quad quad, double[] faceCorners) {
        int topLeft = 0;
        double nearest = Double.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            double d = Math.hypot(quad.x(i) - faceCorners[0], quad.y(i) - faceCorners[1]);
            if (d < nearest) {
                nearest = d;
                topLeft = i;
            }
        }
        return Math.floorMod(-topLeft, 4) * 90;
    }

    /** Verifies hypotheses best-first until one is settled by strong ORB evidence. */
    private Evaluation bestOf(List<Hypothesis> hypotheses, Map<Integer, OrbVerifier.Features> referenceFeatures) {
        return bestOf(hypotheses.subList(0, Math.min(settings.maxHypotheses(), hypotheses.size())), null,
                referenceFeatures);
    }

    /** {@link #bestOf(List, Map)} over all of {@code hypotheses}, starting from an earlier best (or null). */
    private Evaluation bestOf(List<Hypothesis> hypotheses, Evaluation earlier,
                              Map<Integer, OrbVerifier.Features> referenceFeatures) {
        Evaluation best = earlier;
        for (Hypothesis hypothesis : hypotheses) {
            Evaluation evaluation = evaluate(hypothesis, referenceFeatures,
                    best == null ? Double.NEGATIVE_INFINITY : best.topScore());
            if (best == null || evaluation.topScore() > best.topScore()) {
                best = evaluation;
            }
            if (evaluation.bestInliers() >= settings.strongInliers()) {
                break;
            }
        }
        return best;
    }

    /**
     * An outline at one turn: its crop, the crop's pixels seen in the photo (when the outline runs
     * past the photo's edge), its descriptor and search hits.
     */
    private record Hypothesis(Quad quad, int rotation, Mat crop, Optional<Mat> visible, CardDescriptor descriptor,
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

    /**
     * Verifies the hypothesis's best face groups with ORB and scores their members. Scoring the
     * members (their text regions) costs the most; when even perfect text agreement could not lift
     * any of them above {@code toBeat} (the best score so far), the evaluation comes back with its
     * inliers but unscored: it could not have been chosen.
     */
    private Evaluation evaluate(Hypothesis h, Map<Integer, OrbVerifier.Features> referenceFeatures, double toBeat) {
        Mat cropGray = new Mat();
        cvtColor(h.crop(), cropGray, COLOR_BGR2GRAY);
        OrbVerifier.Features photoFeatures = OrbVerifier.features(cropGray, h.visible());
        Map<Integer, Double> similarityOf = new LinkedHashMap<>();
        Set<Integer> groups = new LinkedHashSet<>();
        for (ReferenceIndex.Hit hit : h.hits()) {
            similarityOf.putIfAbsent(hit.index(), hit.similarity());
            if (groups.size() < settings.verifyGroups()) {
                groups.add(index.group(hit.index()));
            }
        }
        List<GroupMatch> matches = new ArrayList<>();
        int bestInliers = 0;
        double bestPossible = Double.NEGATIVE_INFINITY;
        for (int group : groups) {
            int representative = h.hits().stream().filter(hit -> index.group(hit.index()) == group)
                    .findFirst().orElseThrow().index();
            int inliers = OrbVerifier.inliers(photoFeatures,
                    referenceFeatures.computeIfAbsent(representative, this::referenceFeatures));
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
                bestPossible = Math.max(bestPossible, highestScore(memberSimilarity.get(member), featureMatch));
            }
            matches.add(new GroupMatch(featureMatch, ordered, memberSimilarity));
        }
        // The margin covers the rounding of the weighted sum: a tie is scored as before.
        if (bestPossible + 1e-9 < toBeat) {
            return new Evaluation(h, List.of(), bestInliers);
        }
        List<Scored> scored = new ArrayList<>();
        RegionComparisons comparisons = new RegionComparisons(cropGray);
        for (GroupMatch match : matches) {
            for (int member : match.members()) {
                scored.add(compared(comparisons, member, gray(face(member)), match.memberSimilarity().get(member),
                        match.featureMatch()));
            }
        }
        // A confirmed scan is a second entry of its card: one candidate per card, its better entry.
        Map<String, Scored> perCard = new LinkedHashMap<>();
        for (Scored s : scored) {
            perCard.merge(index.card(s.card()).id(), s, (a, b) -> a.score() >= b.score() ? a : b);
        }
        return new Evaluation(h, settle(new ArrayList<>(perCard.values())), bestInliers);
    }

    /**
     * The text-region comparisons of one photo crop with many references. Each search area of the
     * crop is cut out and blurred once; a reference region identical, pixel for pixel, to one
     * compared before (reprints print the same name bar and attacks) takes that comparison's result.
     */
    private record RegionComparisons(Mat cropGray, Map<java.awt.Rectangle, Mat> searchAreas,
                                     Map<ReferenceRegion, Double> results) {

        RegionComparisons(Mat cropGray) {
            this(cropGray, new java.util.HashMap<>(), new java.util.HashMap<>());
        }

        double compare(Mat referenceGray, java.awt.Rectangle r) {
            ReferenceRegion region = new ReferenceRegion(r,
                    Mats.bytes(new Mat(referenceGray, new org.bytedeco.opencv.opencv_core.Rect(r.x, r.y, r.width, r.height))));
            return results.computeIfAbsent(region, at -> TextRegions.compareIn(
                    searchAreas.computeIfAbsent(r, area -> TextRegions.searchArea(cropGray, area)), referenceGray, r));
        }
    }

    /** A reference's pixels in one region, compared by content. */
    private record ReferenceRegion(java.awt.Rectangle at, byte[] pixels) {

        @Override
        public boolean equals(Object o) {
            return o instanceof ReferenceRegion other && at.equals(other.at) && java.util.Arrays.equals(pixels, other.pixels);
        }

        @Override
        public int hashCode() {
            return 31 * at.hashCode() + java.util.Arrays.hashCode(pixels);
        }
    }

    /** One face group verified against a hypothesis: its ORB agreement and the members to score. */
    private record GroupMatch(double featureMatch, List<Integer> members, Map<Integer, Double> memberSimilarity) {
    }

    /** A reference face's ORB features, from the cache of earlier calls or extracted (and kept) now. */
    private OrbVerifier.Features referenceFeatures(int card) {
        OrbVerifier.Features cached = featureCache.get(card);
        if (cached == null) {
            cached = OrbVerifier.features(gray(face(card)));
            // Outlive this call's PointerScope; the memory goes when the evicted entry is collected.
            cached.keypoints().retainReference();
            cached.descriptors().retainReference();
            featureCache.put(card, cached);
        }
        return cached;
    }

    /**
     * The highest weighted sum a candidate with this embedding similarity and feature match can
     * reach: its text regions agreeing perfectly. The near-tie reduction only lowers scores.
     */
    private double highestScore(double embedding, double featureMatch) {
        return weighted(new ScoreComponents(embedding, 1, 1, featureMatch, 1));
    }

    /**
     * A candidate scored by comparing the photo's text regions with its reference face, through
     * the comparisons of the photo crop's regions made for the candidates before it.
     */
    private Scored compared(RegionComparisons comparisons, int member, Mat memberGray, double embedding,
                            double featureMatch) {
        // Where the member's game prints them (GameLayout): Pokémon's own CardLayout geometry, or another game's.
        String game = index.card(member).game();
        int w = comparisons.cropGray().cols();
        int h = comparisons.cropGray().rows();
        java.util.function.Function<CardLayout, Double> compare =
                region -> comparisons.compare(memberGray, region.in(game, w, h));
        double name = (compare.apply(CardLayout.NAME) + compare.apply(CardLayout.TEXT)) / 2;
        double number = compare.apply(CardLayout.NUMBER);
        double set = compare.apply(CardLayout.SET_CODE);
        ScoreComponents components = new ScoreComponents(embedding, number, name, featureMatch, set);
        double score = weighted(components);
        return new Scored(member, score, score, components, (number + name + set) / 3);
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

    /** Reads the strip (and the name line where it helps) of {@code crop}, a canonical BGR crop of the hypothesis. */
    private OcrEvidence read(Evaluation e, Mat crop) {
        TextReader ocr = reader.orElseThrow();
        Mat gray = new Mat();
        cvtColor(crop, gray, COLOR_BGR2GRAY);
        int w = gray.cols();
        int h = gray.rows();
        // Read where the leading candidate's game prints its text (GameLayout). Pokémon: one line from
        // just right of the set symbol to the end of the number, "BS 4/102"; other games: number and set code apart.
        String game = index.card(e.ranked().get(0).card()).game();
        TextReader.Reading[] strip;
        if (io.cardvault.recognition.render.GameLayout.of(game).strip()) {
            strip = TextReader.splitStrip(ocr.read(gray, TextReader.stripRegion(w, h), TextReader.Field.STRIP));
        } else {
            java.awt.Rectangle numberRegion = CardLayout.NUMBER.in(game, w, h);
            java.awt.Rectangle setRegion = CardLayout.SET_CODE.in(game, w, h);
            TextReader.Reading numberRead = ocr.read(gray, numberRegion, TextReader.Field.STRIP);
            // Yu-Gi-Oh! and Flesh and Blood print the set code inside the number (LOB-EN001, MST131).
            strip = new TextReader.Reading[]{setRegion.equals(numberRegion) ? numberRead
                    : ocr.read(gray, setRegion, TextReader.Field.STRIP), numberRead};
        }
        TextReader.Reading set = strip[0];
        TextReader.Reading number = strip[1];
        TextReader.Reading name = new TextReader.Reading("", 0);
        boolean latinCandidates = e.ranked().stream().limit(MAX_CANDIDATES)
                .anyMatch(c -> OcrEvidence.latin(index.card(c.card()).name()));
        boolean namesDiffer = e.ranked().stream().limit(MAX_CANDIDATES).map(c -> index.card(c.card()).name())
                .distinct().count() > 1;
        if (latinCandidates && (namesDiffer || e.ranked().get(0).score() < 0.5)) {
            name = ocr.read(gray, CardLayout.NAME.in(game, w, h), TextReader.Field.NAME);
        }
        return new OcrEvidence(number, set, name);
    }

    /**
     * The photo re-rectified on the leading candidate's face through their ORB matches (empty when
     * too few agree): the strip where the face prints it, whatever the outline.
     */
    private Optional<Mat> alignedCrop(Evaluation e, Mat photo) {
        Hypothesis h = e.hypothesis();
        Mat cropGray = new Mat();
        cvtColor(h.crop(), cropGray, COLOR_BGR2GRAY);
        OrbVerifier.Features crop = OrbVerifier.features(cropGray, h.visible());
        return FaceAlignment.aligned(photo, h.quad(), h.rotation(), crop, referenceFeatures(e.ranked().get(0).card()));
    }

    /**
     * Folds the OCR readings into the text components: each becomes the mean of the reference
     * comparison and the OCR agreement where the OCR read something.
     */
    private Evaluation rescored(Evaluation e, OcrEvidence ocr) {
        List<Scored> rescored = new ArrayList<>();
        for (Scored s : e.ranked()) {
            rescored.add(withReading(s, ocr));
        }
        return new Evaluation(e.hypothesis(), settle(rescored), e.bestInliers());
    }

    private Scored withReading(Scored s, OcrEvidence ocr) {
        CatalogueCard card = index.card(s.card());
        ScoreComponents c = s.components();
        double number = blend(c.collectorNumber(), ocr.numberAgreement(card));
        double set = blend(c.setContext(), ocr.setAgreement(card));
        double name = blend(c.name(), ocr.nameAgreement(card));
        ScoreComponents components = new ScoreComponents(c.embedding(), number, name, c.featureMatch(), set);
        double raw = weighted(components);
        return new Scored(s.card(), raw, raw, components, (number + name + set) / 3);
    }

    /**
     * The strip read names one look-alike of the leading candidates (same artwork: a reprint, or
     * the same Pokémon in another set or language): that card is the answer, scored against the
     * photo if the search had not brought it up. Look-alikes share everything the descriptors and
     * ORB see, so among them the printed number and set code are the only evidence. A read that
     * names several cards, or a card of another artwork, decides nothing here.
     */
    private Evaluation decided(Evaluation e, OcrEvidence ocr) {
        Optional<Integer> named = namedLookAlike(e, ocr);
        if (named.isEmpty()) {
            return e;
        }
        return decided(e, ocr, named.get());
    }

    /** The one card drawn like the leading candidates that the strip read names, if exactly one is. */
    private Optional<Integer> namedLookAlike(Evaluation e, OcrEvidence ocr) {
        List<Scored> ranked = e.ranked();
        if (ranked.isEmpty() || !ocr.mayName()) {
            return Optional.empty();
        }
        Set<Integer> drawnAlike = new LinkedHashSet<>();
        for (Scored leader : ranked.subList(0, Math.min(MAX_CANDIDATES, ranked.size()))) {
            if (drawnAlike.add(leader.card())) {
                for (int i : index.lookAlikes(leader.card())) {
                    drawnAlike.add(i);
                }
            }
        }
        Set<String> namedIds = new LinkedHashSet<>();
        int found = -1;
        for (int i : drawnAlike) {
            if (ocr.names(index.card(i))) {
                namedIds.add(index.card(i).id());
                found = i;
            }
        }
        return namedIds.size() == 1 ? Optional.of(found) : Optional.empty();
    }

    private Evaluation decided(Evaluation e, OcrEvidence ocr, int named) {
        List<Scored> ranked = e.ranked();
        String id = index.card(named).id();
        Scored winner = ranked.stream().filter(s -> index.card(s.card()).id().equals(id))
                .max(Comparator.comparingDouble(Scored::raw)).orElseGet(() -> scoredLate(e, named, ocr));
        // The near-tie reduction does not apply: the rivals close behind are those the read rules
        // out. A number read without its set code may name a printing outside the look-alikes
        // searched, so it answers medium at most, unless no other catalogue card has it; a read that
        // confirms the leader never lowers what it scored on its own.
        double score = namesOutright(named, ocr) ? winner.raw()
                : Math.min(winner.raw(), Math.max(OCR_SETTLED_SCORE, winner.score()));
        List<Scored> decided = new ArrayList<>();
        decided.add(new Scored(winner.card(), score, winner.raw(), winner.components(), winner.text()));
        ranked.stream().filter(s -> !index.card(s.card()).id().equals(id))
                .sorted(Comparator.comparingDouble(Scored::raw).reversed())
                .map(s -> new Scored(s.card(), Math.min(s.raw(), score), s.raw(), s.components(), s.text()))
                .forEach(decided::add);
        return new Evaluation(e.hypothesis(), decided, e.bestInliers());
    }

    /**
     * Scores a look-alike the search did not rank: its own text regions and embedding, and the ORB
     * agreement of the candidates drawn with the same artwork.
     */
    private Scored scoredLate(Evaluation e, int card, OcrEvidence ocr) {
        Hypothesis h = e.hypothesis();
        Mat cropGray = new Mat();
        cvtColor(h.crop(), cropGray, COLOR_BGR2GRAY);
        double featureMatch = e.ranked().stream().filter(s -> index.lookAlike(s.card(), card))
                .mapToDouble(s -> s.components().featureMatch()).max().orElse(0);
        return withReading(compared(new RegionComparisons(cropGray), card, gray(face(card)), index.similarity(card, h.descriptor()),
                featureMatch), ocr);
    }

    /**
     * The strip read names this card and no other catalogue card: with the set code, or a number and
     * set size that no other printing carries (English sets print {@code 102/108} and no code).
     */
    private boolean namesOutright(int card, OcrEvidence ocr) {
        CatalogueCard named = index.card(card);
        if (ocr.namesWithSetCode(named)) {
            return true;
        }
        if (!ocr.names(named)) {
            return false;
        }
        for (int i : index.withLocalId(OcrEvidence.canonicalNumber(named.localId()))) {
            if (!index.card(i).id().equals(named.id()) && ocr.names(index.card(i))) {
                return false;
            }
        }
        return true;
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

    /**
     * Whether the answer is verified beyond its weighted sum: ORB settled its face (the inliers that
     * settle a hypothesis) and the strip read names it outright ({@link #namesOutright}) and no
     * other candidate; or ORB matched its face strongly (twice those inliers) and it leads every
     * other card clearly and its text agrees: the number read is its number, or without a reading
     * its text regions match better than any other candidate's.
     * The weighted sum mixes similarities of different scales (the right card's embedding drops to
     * 0.3 under glare or a sleeve), so on the hardest photos it leaves such answers medium although
     * they are right.
     */
    private boolean verified(List<Scored> ranked, OcrEvidence ocr) {
        if (ranked.isEmpty() || ranked.get(0).components().featureMatch() < SETTLED_MATCH) {
            return false;
        }
        Scored chosen = ranked.get(0);
        CatalogueCard card = index.card(chosen.card());
        List<Scored> others = ranked.stream().skip(1).filter(s -> !index.card(s.card()).id().equals(card.id())).toList();
        if (namesOutright(chosen.card(), ocr)) {
            // Two independent agreeing readings: ORB settled the face, the strip names the printing.
            return others.stream().noneMatch(s -> ocr.names(index.card(s.card())));
        }
        if (chosen.components().featureMatch() < 1) {
            return false;
        }
        boolean leads = others.stream().allMatch(s -> chosen.raw() - s.raw() >= OCR_SETTLED_LEAD);
        boolean textAgrees = ocr.hasNumber() ? ocr.numberAgreement(card).orElse(0) >= OcrEvidence.AGREES
                : others.stream().allMatch(s -> chosen.text() >= s.text());
        return leads && textAgrees;
    }

    /** Outlines beside the answer's whose faces are verified, at most, to find a second card in the photo. */
    private static final int BESIDE_VERIFICATIONS = 2;

    /**
     * Another card verified beside the answer's outline: a whole card's outline (at least half the
     * answer's area, card-shaped, mostly in the photo) that neither contains the answer's centre
     * nor has its own centre inside the answer's, whose face ORB settles as a card of other
     * artwork. Two cards side by side both match strongly; nothing in the photo says which one the
     * user meant, so the answer must ask (a card touching the one photographed, a binder page).
     */
    private Optional<Scored> cardBeside(Evaluation best, List<Quad> quads, List<Hypothesis> hypotheses,
                                        Map<Integer, OrbVerifier.Features> referenceFeatures) {
        if (best.ranked().isEmpty()) {
            return Optional.empty();
        }
        Quad answer = best.hypothesis().quad();
        List<Hypothesis> beside = hypotheses.stream()
                .filter(h -> !h.quad().equals(answer) && quads.contains(h.quad()) && besideOf(h.quad(), answer))
                .sorted(BY_DESCRIPTOR).limit(BESIDE_VERIFICATIONS).toList();
        int chosen = best.ranked().get(0).card();
        for (Hypothesis h : beside) {
            // scored whatever the answer's score: the card beside must be named, not merely out-scored
            Evaluation other = evaluate(h, referenceFeatures, Double.NEGATIVE_INFINITY);
            if (verified(other) && !other.ranked().isEmpty() && !index.lookAlike(other.ranked().get(0).card(), chosen)) {
                return Optional.of(other.ranked().get(0));
            }
        }
        return Optional.empty();
    }

    private static boolean besideOf(Quad other, Quad answer) {
        double aspect = other.aspect();
        double portrait = aspect > 1 ? 1 / aspect : aspect;
        return other.area() >= 0.5 * answer.area() && Math.abs(Math.log(portrait / (63.0 / 88.0))) < 0.3
                && !outline(answer).contains(centreX(other), centreY(other))
                && !outline(other).contains(centreX(answer), centreY(answer));
    }

    private static java.awt.geom.Path2D outline(Quad quad) {
        java.awt.geom.Path2D.Double path = new java.awt.geom.Path2D.Double();
        path.moveTo(quad.x(0), quad.y(0));
        for (int i = 1; i < 4; i++) {
            path.lineTo(quad.x(i), quad.y(i));
        }
        path.closePath();
        return path;
    }

    private static double centreX(Quad quad) {
        return (quad.x(0) + quad.x(1) + quad.x(2) + quad.x(3)) / 4;
    }

    private static double centreY(Quad quad) {
        return (quad.y(0) + quad.y(1) + quad.y(2) + quad.y(3)) / 4;
    }

    private CardRecognition finish(Evaluation evaluation, OcrEvidence ocr, Optional<Scored> beside, boolean outlineFound,
                                   Mat photo, double scale) {
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
        if (beside.isPresent() && !ranked.isEmpty()) {
            // Two cards verified side by side: both are offered, low, and the user picks.
            String otherId = index.card(beside.get().card()).id();
            List<Scored> both = new ArrayList<>(ranked);
            both.removeIf(s -> index.card(s.card()).id().equals(otherId));
            both.add(1, beside.get());
            // Each capped at the one before it too, which keeps the list ordered best first.
            List<Scored> capped = new ArrayList<>();
            double cap = UNCONFIRMED_REPRINT_SCORE;
            for (Scored s : both) {
                cap = Math.min(cap, s.score());
                capped.add(new Scored(s.card(), cap, s.raw(), s.components(), s.text()));
            }
            ranked = capped;
        } else if (unconfirmedReprint(ranked, ocr)) {
            // Capping every candidate keeps the order (min is monotonic) and qualifies the answer as a whole.
            ranked = ranked.stream().map(s -> new Scored(s.card(), Math.min(s.score(), UNCONFIRMED_REPRINT_SCORE),
                    s.raw(), s.components(), s.text())).toList();
        } else if (!conflict && verified(ranked, ocr)) {
            Scored chosen = ranked.get(0);
            List<Scored> raised = new ArrayList<>(ranked);
            raised.set(0, new Scored(chosen.card(), Math.max(chosen.score(), VERIFIED_SCORE), chosen.raw(),
                    chosen.components(), chosen.text()));
            ranked = raised;
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
