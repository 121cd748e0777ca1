package io.cardvault.bench.recognition;

import io.cardvault.application.port.out.CardRecognitionPort;
import io.cardvault.application.port.out.recognition.CardPhoto;
import io.cardvault.application.port.out.recognition.CardRecognition;
import io.cardvault.application.port.out.recognition.RecognitionCandidate;
import io.cardvault.recognition.RecognitionEngines;
import io.cardvault.recognition.catalogue.CatalogueCard;
import io.cardvault.recognition.engine.RecognitionSettings;
import io.cardvault.recognition.engine.ReferenceIndex;
import io.cardvault.recognition.render.CardFaceRenderer;
import io.cardvault.recognition.synth.CaptureCondition;
import io.cardvault.recognition.synth.CatalogueReader;
import io.cardvault.recognition.synth.PhotoSettings;
import io.cardvault.recognition.synth.PhotoSynthesizer;
import io.cardvault.recognition.synth.SyntheticPhoto;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Regenerates chosen photos of a {@link RecognitionBenchmark} run (same seed, same photo count and
 * conditions) and recognizes only those: {@code photos=300 conditions=all ids=S12a-192,swsh12-193}, or every
 * photo before {@code upTo} with {@code ids=all}; prints each answer's candidates and the CPU time.
 * The photos' JPEGs are written to target/ as {@code probe-<p>-<id>.jpg}.
 */
public final class LookAlikeProbe {

    private LookAlikeProbe() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = RecognitionBenchmark.options(args);
        Path root = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(root.resolve("bench/recognition"))) {
            root = root.getParent();
        }
        Path data = root.resolve("../shared/data").normalize();
        List<CatalogueCard> cards = new ArrayList<>();
        for (String catalogue : List.of("en", "asia")) {
            cards.addAll(CatalogueReader.read(data.resolve("catalogue/tcgdex-" + catalogue)));
        }
        int photos = Integer.parseInt(options.getOrDefault("photos", "300"));
        Set<String> ids = Set.of(options.getOrDefault("ids", "").split(","));
        CardFaceRenderer renderer = new CardFaceRenderer(data.resolve("art"));
        Path target = root.resolve("bench/recognition/target");
        ReferenceIndex index = ReferenceIndex.load(target.resolve("index-en-asia-" + cards.size() + ".bin"), cards)
                .orElseThrow();
        CardRecognitionPort port = RecognitionEngines.fromIndex(index, renderer, RecognitionSettings.defaults(), true);
        List<CatalogueCard> catalogue = cards;
        PhotoSynthesizer synthesizer = new PhotoSynthesizer(PhotoSettings.phonePhotos(),
                r -> renderer.render(catalogue.get(r.nextInt(catalogue.size())), 630, 880));
        List<CaptureCondition> conditions = RecognitionBenchmark.conditions(options.getOrDefault("conditions", "all"));
        Random random = new Random(Long.parseLong(options.getOrDefault("seed", "20261121")));
        for (int i = 0; i < 5; i++) {
            random.nextInt(cards.size());
        }
        int upTo = Integer.parseInt(options.getOrDefault("upTo", Integer.toString(photos)));
        int right = 0;
        int probed = 0;
        for (int p = 0; p < photos; p++) {
            CaptureCondition condition = conditions.get(p % conditions.size());
            CatalogueCard truth = cards.get(random.nextInt(cards.size()));
            long seed = random.nextLong();
            if (p >= upTo || !ids.contains("all") && !ids.contains(truth.id())) {
                continue;
            }
            SyntheticPhoto photo = synthesizer.generate(renderer.render(truth, 630, 880), new Random(seed), condition);
            if (!ids.contains("all")) {
                Files.write(target.resolve("probe-" + p + "-" + truth.id() + ".jpg"), photo.jpeg());
            }
            System.out.printf(Locale.ROOT, "=== photo %d %s %s (%s %s %s) blur=%.1f%n", p, condition, truth.id(),
                    truth.setCode(), truth.collectorNumber(), truth.name(), photo.blurAmount());
            long c0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            CardRecognition result = port.recognize(new CardPhoto(photo.jpeg())).orElseThrow();
            System.out.printf(Locale.ROOT, "   cpu %.0f ms%n",
                    (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c0) / 1e6);
            probed++;
            right += !result.candidates().isEmpty() && result.candidates().get(0).cardId().equals(truth.id()) ? 1 : 0;
            for (RecognitionCandidate c : result.candidates()) {
                CatalogueCard card = cards.stream().filter(k -> k.id().equals(c.cardId())).findFirst().orElseThrow();
                System.out.printf(Locale.ROOT, "   %-14s %-10s %-12s %.3f %s%n", c.cardId(), card.setCode(),
                        card.collectorNumber(), c.score(), c.confidence() + " " + c.components());
            }
        }
        System.out.printf(Locale.ROOT, "probed %d, right %d%n", probed, right);
    }
}
