package io.cardvault.recognition;

import io.cardvault.application.port.out.CardRecognitionPort;
import io.cardvault.application.port.out.recognition.CardPhoto;
import io.cardvault.application.port.out.recognition.CardRecognition;
import io.cardvault.application.port.out.recognition.ConfirmedReference;
import io.cardvault.application.port.out.recognition.PrintedCard;
import io.cardvault.domain.recognition.OutlineDetection;
import io.cardvault.recognition.catalogue.CatalogueCard;
import io.cardvault.recognition.engine.CaptureQualityAnalyzer;
import io.cardvault.recognition.engine.CardDescriptor;
import io.cardvault.recognition.engine.CardRecognizer;
import io.cardvault.recognition.engine.Mats;
import io.cardvault.recognition.engine.OutlineDetector;
import io.cardvault.recognition.engine.Quad;
import io.cardvault.recognition.engine.RecognitionSettings;
import io.cardvault.recognition.engine.ReferenceIndex;
import io.cardvault.recognition.engine.TextReader;
import io.cardvault.recognition.render.CardFaceRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Adapter: offers the OpenCV recognition engine through the recognition out-port. Decoding
 * happens here so that the port speaks only bytes and records. References are rendered from the
 * catalogue given to {@link #loadReferences}; their descriptors are cached in a file (reused while
 * the catalogue's card ids are unchanged), confirmed scans are added on top. Until the first load
 * completes the adapter is not {@link #ready()}; outline detection needs no references.
 */
@ApplicationScoped
class OpenCvCardRecognitionAdapter implements CardRecognitionPort {

    private static final Logger LOG = Logger.getLogger(OpenCvCardRecognitionAdapter.class.getName());

    private final CardFaceRenderer renderer;
    private final RecognitionSettings settings;
    private final int buildThreads;
    private final Optional<Path> indexCache;
    private final Object references = new Object();
    /** Catalogue-only index and the card positions in it; guarded by {@link #references}. */
    private ReferenceIndex catalogueIndex;
    private Map<String, Integer> positionOf = Map.of();
    private final List<Map.Entry<Integer, CardDescriptor>> extras = new ArrayList<>();
    private volatile Serving serving;
    /** Tesseract engines, created with the first references; guarded by {@link #references}. */
    private Optional<TextReader> textReader;
    /** A tessdata folder to try before the bundled English model. */
    private final Optional<Path> tessdata;

    @Inject
    OpenCvCardRecognitionAdapter(@ConfigProperty(name = "CARDVAULT_RECOGNITION_ART_DIR") String artDirectory,
                                 @ConfigProperty(name = "CARDVAULT_RECOGNITION_INDEX_CACHE") String indexCache,
                                 @ConfigProperty(name = "CARDVAULT_RECOGNITION_BUILD_THREADS") int buildThreads,
                                 @ConfigProperty(name = "CARDVAULT_RECOGNITION_TESSDATA") String tessdata) {
        this(new CardFaceRenderer(Path.of(artDirectory)), RecognitionSettings.defaults(), buildThreads,
                "none".equalsIgnoreCase(indexCache.strip()) ? Optional.empty() : Optional.of(Path.of(indexCache)),
                "bundled".equalsIgnoreCase(tessdata.strip()) ? Optional.empty() : Optional.of(Path.of(tessdata.strip())));
    }

    OpenCvCardRecognitionAdapter(CardFaceRenderer renderer, RecognitionSettings settings, int buildThreads,
                                 Optional<Path> indexCache, Optional<Path> tessdata) {
        this.tessdata = tessdata;
        this.renderer = renderer;
        this.settings = settings;
        this.buildThreads = Math.max(1, buildThreads);
        this.indexCache = indexCache;
    }

    /** For CDI's client proxy only. */
    protected OpenCvCardRecognitionAdapter() {
        this(null, null, 1, Optional.empty(), Optional.empty());
    }

    /** Serves an already built index (the benchmark), with or without OCR. */
    void serve(ReferenceIndex index, boolean ocr) {
        synchronized (references) {
            if (!ocr) {
                textReader = Optional.empty();
            }
            catalogueIndex = index;
            positionOf = positions(index);
            extras.clear();
            serving = new Serving(index, new CardRecognizer(index, renderer, settings, textReader()));
        }
    }

    @Override
    public Optional<CardRecognition> recognize(CardPhoto photo, Optional<String> gameSlug) {
        Serving current = serving;
        if (current == null) {
            throw new IllegalStateException("recognition references are not loaded yet");
        }
        Optional<CardRecognizer> recognizer = gameSlug.map(current::of).orElse(Optional.of(current.all()));
        if (recognizer.isEmpty()) {
            // No card of that game is indexed: the photo is still analysed (capture quality,
            // fingerprint), but no card of another game is offered in its place.
            return withDecoded(photo, current.all()::recognize).map(TextOnlyConfidence::withoutCandidates);
        }
        return withDecoded(photo, recognizer.get()::recognize)
                .map(recognition -> TextOnlyConfidence.honest(recognition, current::card));
    }

    /**
     * What serves recognitions: the index (catalogue plus confirmed scans), its recognizer, and
     * one recognizer per game asked for, made on first use over a view of the same index.
     */
    private record Serving(ReferenceIndex index, CardRecognizer all, Map<String, Optional<CardRecognizer>> games,
                           Map<String, Integer> firstPosition) {

        Serving(ReferenceIndex index, CardRecognizer all) {
            this(index, all, new java.util.concurrent.ConcurrentHashMap<>(), positions(index));
        }

        Optional<CardRecognizer> of(String gameSlug) {
            return games.computeIfAbsent(gameSlug.strip().toLowerCase(java.util.Locale.ROOT), game -> {
                ReferenceIndex view = index.only(game);
                return view.searched() == 0 ? Optional.empty() : Optional.of(all.over(view));
            });
        }

        Optional<CatalogueCard> card(String cardId) {
            return Optional.ofNullable(firstPosition.get(cardId)).map(index::card);
        }
    }

    @Override
    public Optional<OutlineDetection> detectOutline(CardPhoto photo) {
        OutlineDetector detector = new OutlineDetector(1);
        return withDecoded(photo, image -> {
            Optional<Quad> outline = detector.detect(image).stream().findFirst();
            return new OutlineDetection(outline.map(Quad::toOutline), CaptureQualityAnalyzer.advise(image, outline));
        });
    }

    @Override
    public void loadReferences(List<PrintedCard> cards, List<ConfirmedReference> confirmed) {
        Map<String, String> shared = new HashMap<>();
        List<CatalogueCard> catalogue = cards.stream().map(card -> toCatalogueCard(card, shared)).toList();
        Runtime runtime = Runtime.getRuntime();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        ReferenceIndex index = indexCache.flatMap(file -> ReferenceIndex.load(file, catalogue)).orElse(null);
        boolean cached = index != null;
        if (index == null) {
            index = ReferenceIndex.build(catalogue, renderer, buildThreads);
            renderer.forgetArtwork();
            indexCache.ifPresent(this::createParent);
            ReferenceIndex built = index;
            indexCache.ifPresent(built::save);
        }
        ReferenceIndex ready = index;
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        synchronized (references) {
            catalogueIndex = ready;
            positionOf = positions(ready);
            extras.clear();
            for (ConfirmedReference reference : confirmed) {
                extra(reference).ifPresent(extras::add);
            }
            ReferenceIndex served = ready.withExtras(extras);
            serving = new Serving(served, new CardRecognizer(served, renderer, settings, textReader()));
        }
        long heapAfter = runtime.totalMemory() - runtime.freeMemory();
        LOG.info(() -> String.format(java.util.Locale.ROOT,
                "Recognition index %s in %d s: %d cards %s, %d face groups, %d confirmed scans, descriptors %.1f MB;"
                        + " heap used %d MB -> %d MB (max %d MB)", cached ? "loaded" : "built", seconds, ready.size(),
                ready.cardsPerGame(), ready.groupCount(), extras.size(), ready.descriptorBytes() / 1e6, heapBefore >> 20, heapAfter >> 20,
                runtime.maxMemory() >> 20));
    }

    @Override
    public boolean addReference(ConfirmedReference reference) {
        synchronized (references) {
            if (catalogueIndex == null) {
                return false;
            }
            Optional<Map.Entry<Integer, CardDescriptor>> extra = extra(reference);
            if (extra.isEmpty()) {
                return false;
            }
            extras.add(extra.get());
            ReferenceIndex served = catalogueIndex.withExtras(extras);
            serving = new Serving(served, new CardRecognizer(served, renderer, settings, textReader()));
            return true;
        }
    }

    @Override
    public boolean ready() {
        return serving != null;
    }

    /** The OCR engines, made once; none when no English model is found (then OCR is left out). */
    private Optional<TextReader> textReader() {
        if (textReader == null) {
            textReader = TextReader.create(tessdata);
            LOG.info(() -> "Recognition OCR: " + (textReader.isPresent() ? "Tesseract (eng)" : "off, no eng.traineddata")
                    + "; CJK font for reference faces: " + CardFaceRenderer.cjkFamily().orElse("none (fonts-noto-cjk)"));
        }
        return textReader;
    }

    private Optional<Map.Entry<Integer, CardDescriptor>> extra(ConfirmedReference reference) {
        Integer position = positionOf.get(Long.toString(reference.cardId().value()));
        if (position == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Map.entry(position, CardDescriptor.fromBytes(reference.fingerprint().bytes())));
        } catch (IllegalArgumentException e) {
            // a scan stored by an older descriptor format: not comparable any more
            LOG.log(Level.FINE, "confirmed scan of card {0} skipped: {1}", new Object[]{reference.cardId().value(), e.getMessage()});
            return Optional.empty();
        }
    }

    private static Map<String, Integer> positions(ReferenceIndex index) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < index.size(); i++) {
            positions.putIfAbsent(index.card(i).id(), i);
        }
        return positions;
    }

    private void createParent(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + file, e);
        }
    }

    /** The catalogue stores no attack text: reference faces from it leave the text box empty. */
    static CatalogueCard toCatalogueCard(PrintedCard card) {
        return toCatalogueCard(card, new HashMap<>());
    }

    /**
     * As {@link #toCatalogueCard(PrintedCard)}, with the values many cards repeat (set id and code,
     * language, rarity, category, types, game) taken from {@code shared}: one string per value instead
     * of one per card and column as the database driver returns them, some 150 bytes per card.
     */
    static CatalogueCard toCatalogueCard(PrintedCard card, Map<String, String> shared) {
        java.util.function.UnaryOperator<String> one = value -> shared.computeIfAbsent(value, v -> v);
        String category = card.category().isEmpty() && PrintedCard.POKEMON.equals(card.gameSlug()) ? "Pokemon" : card.category();
        return new CatalogueCard(Long.toString(card.cardId().value()), card.localId(), one.apply(card.setId()),
                one.apply(card.setCode()), card.officialCount(), card.name(), one.apply(card.language()), card.hp(),
                card.types().stream().map(one).toList(), one.apply(card.rarity()), one.apply(category), card.dexIds(),
                List.of(), "", one.apply(card.gameSlug()));
    }

    private static <T> Optional<T> withDecoded(CardPhoto photo, Function<Mat, T> work) {
        try (PointerScope scope = new PointerScope()) {
            Mat image = Mats.decode(photo.encoded());
            if (image == null || image.empty()) {
                return Optional.empty();
            }
            return Optional.of(work.apply(image));
        }
    }
}
