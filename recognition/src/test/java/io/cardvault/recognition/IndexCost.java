package io.cardvault.recognition;

import io.cardvault.application.port.out.recognition.PrintedCard;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.recognition.catalogue.CatalogueCard;
import io.cardvault.recognition.catalogue.GameCatalogues;
import io.cardvault.recognition.engine.ReferenceIndex;
import io.cardvault.recognition.render.CardFaceRenderer;
import io.cardvault.recognition.synth.CatalogueReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Measures what the reference index costs per game, for issue 21's memory budget: the cards the
 * server keeps (catalogue facts as the adapter maps them, shared strings included), the descriptors
 * ({@link ReferenceIndex#descriptorBytes()}), and the build time per card on one thread over a
 * sample, wall and process CPU. Not a test: run by hand with the test classpath,
 * {@code java -cp … io.cardvault.recognition.IndexCost [sample]} from the {@code recognition} folder.
 */
public final class IndexCost {

    private IndexCost() {
    }

    public static void main(String[] args) {
        int sample = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        CardFaceRenderer renderer = new CardFaceRenderer(Path.of("../../shared/data/art"));
        Map<String, Supplier<List<CatalogueCard>>> games = new LinkedHashMap<>();
        games.put("pokemon (tcgdex-en + asia)", () -> {
            List<CatalogueCard> both = new ArrayList<>(CatalogueReader.read(GameCatalogues.DATA.resolve("tcgdex-en")));
            both.addAll(CatalogueReader.read(GameCatalogues.DATA.resolve("tcgdex-asia")));
            return both;
        });
        games.put("mtg", () -> GameCatalogues.mtg(GameCatalogues.DATA));
        games.put("yugioh", () -> GameCatalogues.yugioh(GameCatalogues.DATA));
        games.put("flesh-and-blood", () -> GameCatalogues.fleshAndBlood(GameCatalogues.DATA));
        games.put("lorcana", () -> GameCatalogues.lorcana(GameCatalogues.DATA));
        System.out.printf(Locale.ROOT, "%-28s %8s %12s %12s %14s %12s %14s%n", "game", "cards", "facts B/card",
                "descr B/card", "wall ms/card", "cpu ms/card", "cpu s (all)");
        long totalCards = 0;
        long totalBytes = 0;
        double totalSeconds = 0;
        for (Map.Entry<String, Supplier<List<CatalogueCard>>> game : games.entrySet()) {
            long before = usedAfterGc();
            List<CatalogueCard> kept = asTheServerKeepsThem(game.getValue().get());
            long facts = usedAfterGc() - before;
            List<CatalogueCard> sampled = kept.subList(0, Math.min(sample, kept.size()));
            renderer.render(sampled.get(0)); // artwork cache and fonts warm
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            ReferenceIndex index = ReferenceIndex.build(sampled, renderer, 1);
            double msPerCard = (System.nanoTime() - start) / 1e6 / sampled.size();
            double cpuMsPerCard = (processCpuNanos() - cpuStart) / 1e6 / sampled.size();
            double descriptorPerCard = index.descriptorBytes() / (double) sampled.size();
            System.out.printf(Locale.ROOT, "%-28s %8d %12.0f %12.0f %14.2f %12.2f %14.0f%n", game.getKey(), kept.size(),
                    facts / (double) kept.size(), descriptorPerCard, msPerCard, cpuMsPerCard, cpuMsPerCard * kept.size() / 1000);
            totalCards += kept.size();
            totalBytes += facts + (long) (descriptorPerCard * kept.size());
            totalSeconds += cpuMsPerCard * kept.size() / 1000;
        }
        System.out.printf(Locale.ROOT, "all games: %d cards, %.1f MB of facts and descriptors, %.0f s of CPU to build%n",
                totalCards, totalBytes / 1e6, totalSeconds);
    }

    /** Through {@link PrintedCard} and the adapter's mapping, as the server reads the catalogue. */
    private static List<CatalogueCard> asTheServerKeepsThem(List<CatalogueCard> cards) {
        Map<String, String> shared = new HashMap<>();
        List<CatalogueCard> kept = new ArrayList<>(cards.size());
        long id = 1;
        for (CatalogueCard c : cards) {
            kept.add(OpenCvCardRecognitionAdapter.toCatalogueCard(new PrintedCard(new CardId(id++), c.localId(), c.setId(),
                    c.setCode(), c.officialCount(), c.name(), c.language(), c.hp(), c.types(), c.rarity(), c.category(),
                    c.dexIds(), c.game()), shared));
        }
        return kept;
    }

    /** CPU time of the whole process (the build's worker thread, the garbage collector): steadier than wall time on a busy machine. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
