package io.cardvault.bench.bulk;

import io.cardvault.adapter.out.persistence.platform.StandaloneBulkData;
import io.cardvault.application.port.out.BulkFileStorePort;
import io.cardvault.application.service.platform.WriteBulkDataService;
import io.cardvault.domain.platform.BulkFile;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * Bulk data at the multi-game size: a synthetic catalogue of {@code cards} cards (default 500,000)
 * over five games, one printing per card, a holofoil variant for every third, a Cardmarket trend
 * for every variant and a TCGplayer market price for every other one (~1M latest prices), on the
 * machine's MariaDB in a database of its own. It then writes both bulk files through the real
 * adapters and service with the heap the JVM was started with (bench.heap, 96 MB by default),
 * sampling the heap in use every 20 ms, while one thread keeps doing indexed point reads of cards
 * (the server's typical query) so their latency during the write can be set beside the same reads
 * idle. The reference, in the same run: the {@code mariadb} client streaming the same rows
 * ({@code --quick}, in whatever order the server reads them: an ORDER BY over the whole join spills a
 * temporary table the size of the catalogue) as tab-separated text into {@code gzip -6}. With
 * {@code synthesize=false} it reuses the catalogue of an earlier run; {@code warmup=true} writes both
 * files once before the measured write.
 */
public final class BulkDataBenchmark {

    private static final PrintStream OUT = System.out;

    private final Map<String, String> args;
    private final int cards;
    private final String db;
    private final String server;

    private BulkDataBenchmark(Map<String, String> args) {
        this.args = args;
        this.cards = Integer.parseInt(args.getOrDefault("cards", "500000"));
        this.db = args.getOrDefault("db", "cardvault_bench_bulk");
        this.server = args.getOrDefault("server", "127.0.0.1:3306");
    }

    public static void main(String[] arguments) throws Exception {
        Map<String, String> args = new HashMap<>();
        for (String argument : arguments) {
            for (String part : argument.trim().split("\\s+")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    args.put(part.substring(0, eq), part.substring(eq + 1));
                }
            }
        }
        new BulkDataBenchmark(args).run();
    }

    private void run() throws Exception {
        MariaDbDataSource dataSource = database();
        if (!"false".equals(args.get("synthesize"))) {
            long started = System.nanoTime();
            synthesize(dataSource);
            OUT.printf("synthetic catalogue: %d cards, %d variants, %d latest prices in %d s%n", count(dataSource, "card"),
                    count(dataSource, "variant"), count(dataSource, "price_latest"), seconds(started));
        }
        Path folder = Files.createTempDirectory("bulk-bench");
        BulkFileStorePort files = StandaloneBulkData.files(folder);
        WriteBulkDataService write = new WriteBulkDataService(StandaloneBulkData.export(dataSource), files);

        if ("true".equals(args.get("warmup"))) {
            OUT.println("warm-up: one write of both files (JIT), not counted");
            write.writeAll();
        }
        System.gc();

        Latencies idle = pointReads(dataSource, Duration.ofSeconds(10), new AtomicBoolean(true));

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peakHeap = new AtomicLong();
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (writing.get()) {
                peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                pause(20);
            }
        });
        long gcBefore = gcCount();
        List<Long> readsDuring = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> readsDuring.addAll(pointReads(dataSource, null, writing).nanos));
        sampler.start();
        reader.start();
        long started = System.nanoTime();
        List<BulkFile> written = write.writeAll();
        long writeMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        writing.set(false);
        sampler.join();
        reader.join();
        long gcs = gcCount() - gcBefore;
        Latencies during = new Latencies(new ArrayList<>(readsDuring));

        StringBuilder table = new StringBuilder();
        table.append(String.format("| step | figure |%n|---|---|%n"));
        for (BulkFile file : written) {
            table.append(String.format("| %s | %,d records, %,d bytes gzip |%n", file.kind().code(), file.records(), file.sizeBytes()));
        }
        table.append(String.format("| both files written (CardVault, real adapters, -Xmx%s) | %,d ms |%n", args.getOrDefault("heap", "96m"),
                writeMillis));
        table.append(String.format("| peak heap in use during the write (sampled every 20 ms) | %,d MB of %,d MB max |%n",
                peakHeap.get() >> 20, memory.getHeapMemoryUsage().getMax() >> 20));
        table.append(String.format("| garbage collections during the write | %d |%n", gcs));
        table.append(String.format("| point read of a card, idle: p50 / p99 | %.2f / %.2f ms (%d reads) |%n", idle.p(50), idle.p(99),
                idle.nanos.size()));
        table.append(String.format("| point read of a card, during the write: p50 / p99 | %.2f / %.2f ms (%d reads) |%n", during.p(50),
                during.p(99), during.nanos.size()));
        OUT.println("CardVault's figures (before the reference runs):");
        OUT.print(table);

        long referenceCards = reference(cardsQuery(), "cards");
        long referencePrices = reference(pricesQuery(), "prices");
        table.append(String.format("| reference: mariadb --quick piped into gzip -6, same rows as TSV | %,d ms (cards %,d + prices %,d) |%n",
                referenceCards + referencePrices, referenceCards, referencePrices));
        table.append(String.format("| ratio CardVault / reference | %.2f |%n", (double) writeMillis / (referenceCards + referencePrices)));
        OUT.println();
        OUT.print(table);
    }

    private MariaDbDataSource database() throws SQLException {
        MariaDbDataSource dataSource = new MariaDbDataSource("jdbc:mariadb://" + server + "/" + db + "?user=root&sslMode=disable");
        if (!"false".equals(args.get("synthesize"))) {
            MariaDbDataSource admin = new MariaDbDataSource("jdbc:mariadb://" + server + "/mysql?user=root&sslMode=disable");
            try (Connection connection = admin.getConnection(); Statement sql = connection.createStatement()) {
                sql.execute("DROP DATABASE IF EXISTS " + db);
                sql.execute("CREATE DATABASE " + db + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
            }
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        }
        return dataSource;
    }

    /** Sets of 100 cards spread over five games (MTG and Yu-Gi-Oh! the largest, as in the real data). */
    private void synthesize(MariaDbDataSource dataSource) throws SQLException {
        int sets = (cards + 99) / 100;
        String[] statements = {
            "INSERT INTO card_set (id, game_id, catalogue, external_id, code, name, release_date, official_count, card_count,"
                    + " language, languages, is_promo, fingerprint)"
                    + " SELECT s.seq, ELT(1 + s.seq % 10, 1, 2, 2, 2, 2, 3, 3, 3, 4, 7), 'synthetic', CONCAT('syn-', s.seq),"
                    + " CONCAT('SY', s.seq), CONCAT('Synthetic \"Expansion\" ', s.seq), DATE_SUB('2026-11-01', INTERVAL s.seq DAY),"
                    + " 100, 100, 'en', 'en', FALSE, x'00' FROM seq_1_to_" + sets + " s",
            "INSERT INTO card (set_id, game_id, external_id, local_id, number_sort, collector_number, name, rarity, category,"
                    + " cardmarket_product_id, tcgplayer_product_id, fingerprint)"
                    + " SELECT cs.id, cs.game_id, CONCAT(cs.external_id, '-', n.seq), n.seq, n.seq, CONCAT(n.seq, '/100'),"
                    + " CONCAT(ELT(1 + (cs.id + n.seq) % 6, 'Pikachu', 'Черный лотос', 'ブラック・マジシャン', 'Dracaufeu \"ex\"',"
                    + " 'Lótus\\\\Noir', 'Elsa – Snow Queen'), ' ', n.seq), ELT(1 + n.seq % 4, 'Common', 'Uncommon', 'Rare', 'Rare Holo'),"
                    + " 'Pokemon', cs.id * 1000 + n.seq, cs.id * 1000 + n.seq + 7, x'00'"
                    + " FROM card_set cs JOIN seq_1_to_100 n WHERE cs.id * 100 + n.seq - 100 <= " + cards,
            "INSERT INTO printing (card_id, language, print_run) SELECT id, 'en', 'unlimited' FROM card",
            "INSERT INTO variant (printing_id, variant_key, finish, label, fingerprint) SELECT id, 'normal', 'normal', 'standard', x'00'"
                    + " FROM printing",
            "INSERT INTO variant (printing_id, variant_key, finish, label, fingerprint) SELECT id, 'holofoil', 'holofoil', 'standard', x'00'"
                    + " FROM printing WHERE card_id % 3 = 0",
            "INSERT INTO price_ingest_run (id, source, upstream, sandbox, status) VALUES (1, 'cardmarket', 'bench', TRUE, 'ok'),"
                    + " (2, 'tcgcsv', 'bench', FALSE, 'ok')",
            "INSERT INTO price_series (variant_id, card_id, source, region, price_type, currency)"
                    + " SELECT v.id, p.card_id, 'cardmarket', 'eu', 'trend', 'EUR' FROM variant v JOIN printing p ON p.id = v.printing_id",
            "INSERT INTO price_series (variant_id, card_id, source, region, price_type, currency)"
                    + " SELECT v.id, p.card_id, 'tcgcsv', 'us', 'market', 'USD' FROM variant v JOIN printing p ON p.id = v.printing_id"
                    + " WHERE v.id % 2 = 0",
            "INSERT INTO price_latest (series_id, card_id, day, amount, run_id) SELECT id, card_id, '2026-12-06',"
                    + " (id % 50000) / 100 + 0.05, IF(source = 'cardmarket', 1, 2) FROM price_series",
        };
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }

    private String cardsQuery() {
        return "SELECT c.id, g.slug, c.set_id, s.code, s.name, s.release_date, c.local_id, c.collector_number, c.name, s.language,"
                + " c.rarity, c.category, c.cardmarket_product_id, c.tcgplayer_product_id, c.pricecharting_id, c.mtgjson_uuid,"
                + " c.scryfall_id, c.ygoprodeck_id, v.id, p.language, p.print_run, v.finish, v.label FROM card c"
                + " JOIN card_set s ON s.id = c.set_id JOIN game g ON g.id = c.game_id LEFT JOIN printing p ON p.card_id = c.id"
                + " LEFT JOIN variant v ON v.printing_id = p.id";
    }

    private String pricesQuery() {
        return "SELECT l.series_id, l.card_id, s.variant_id, s.source, s.region, s.price_type, s.grading_company, s.grade, s.currency,"
                + " l.amount, l.day, r.sandbox FROM price_latest l JOIN price_series s ON s.id = l.series_id"
                + " LEFT JOIN price_ingest_run r ON r.id = l.run_id";
    }

    /** Milliseconds the mariadb client takes to stream the query's rows into gzip -6. */
    private long reference(String query, String what) throws IOException, InterruptedException {
        String[] hostPort = server.split(":");
        Path out = Files.createTempFile("bulk-reference-" + what, ".tsv.gz");
        ProcessBuilder pipeline = new ProcessBuilder("bash", "-c", "set -o pipefail; mariadb --quick -N -B -h" + hostPort[0] + " -P"
                + hostPort[1] + " -uroot " + db + " -e \"$QUERY\" | gzip -6 > " + out);
        pipeline.environment().put("QUERY", query);
        pipeline.inheritIO();
        long started = System.nanoTime();
        int exit = pipeline.start().waitFor();
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        if (exit != 0) {
            throw new IllegalStateException("reference " + what + " failed: exit " + exit);
        }
        OUT.printf("reference %s: %,d bytes gzip in %,d ms%n", what, Files.size(out), millis);
        Files.delete(out);
        return millis;
    }

    private record Latencies(List<Long> nanos) {

        double p(int percentile) {
            if (nanos.isEmpty()) {
                return Double.NaN;
            }
            long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)] / 1e6;
        }
    }

    /** Point reads of random cards, one after another on one connection, for a time or while the flag is set. */
    private Latencies pointReads(MariaDbDataSource dataSource, Duration forTime, AtomicBoolean whileSet) {
        List<Long> nanos = new ArrayList<>();
        long end = forTime == null ? Long.MAX_VALUE : System.nanoTime() + forTime.toNanos();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement read = connection.prepareStatement("SELECT name, collector_number FROM card WHERE id = ?")) {
            while (whileSet.get() && System.nanoTime() < end) {
                read.setLong(1, 1 + ThreadLocalRandom.current().nextLong(cards));
                long started = System.nanoTime();
                try (ResultSet row = read.executeQuery()) {
                    row.next();
                }
                nanos.add(System.nanoTime() - started);
                pause(2);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("point reads failed", e);
        }
        return new Latencies(nanos);
    }

    private static long count(MariaDbDataSource dataSource, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long seconds(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toSeconds();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
