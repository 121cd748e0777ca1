package io.cardvault.bench.prices;

import io.cardvault.adapter.out.persistence.price.StandalonePriceStore;
import io.cardvault.adapter.out.sources.cardmarket.CardmarketGuides;
import io.cardvault.adapter.out.sources.tcgcsv.TcgcsvPriceFiles;
import io.cardvault.application.port.in.price.IngestPriceFilesUseCase.PriceFileRun;
import io.cardvault.application.port.in.price.IngestPriceFilesUseCase.PreparedPriceFile;
import io.cardvault.application.port.in.price.IngestPricesCommand;
import io.cardvault.application.port.in.price.IngestReport;
import io.cardvault.application.port.in.price.IngestScope;
import io.cardvault.application.port.out.FetchPriceFilePort;
import io.cardvault.application.port.out.price.FetchOutcome;
import io.cardvault.application.port.out.price.PriceFile;
import io.cardvault.application.port.out.price.PriceFileRequest;
import io.cardvault.application.port.out.price.UpstreamQuote;
import io.cardvault.application.service.price.IngestPriceFilesService;
import io.cardvault.application.service.price.PriceIngestPolicy;
import io.cardvault.domain.price.HeadlinePricesChanged;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PricedVariant;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * Writes a synthetic full-size Cardmarket price guide ({@code products} products, 6 prices each and
 * the 6 {@code -holo} prices on a fifth of them) and a tcgcsv dump ({@code tcgProducts} products in
 * {@code groups} groups, Normal and Reverse Holofoil printings, 5 prices each), then for each:
 * <ol>
 *   <li>parses it with the real parser (points/s parsed);</li>
 *   <li>ingests it through the real ingest service into the JDBC store: catalogue join, series
 *       resolution, outlier windows, multi-row upserts, latest prices and counters, one transaction
 *       (points/s persisted, parse included), on day 1 into an empty store and again on day 2 into
 *       a store that holds day 1 (the steady daily case);</li>
 *   <li>loads the same (series, day, amount, flag, run) rows with {@code LOAD DATA LOCAL INFILE} into
 *       a copy of price_point (rows/s).</li>
 * </ol>
 * The catalogue (one card per Cardmarket product, normal + reverse variants) is made with MariaDB's
 * sequence engine. Prints a Markdown table.
 */
public final class PriceIngestBenchmark {

    private static final PrintStream OUT = System.out;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    private final Map<String, String> args;
    private final int products;
    private final int tcgProducts;
    private final int groups;
    private final String db;
    private final List<String> rows = new ArrayList<>();

    PriceIngestBenchmark(Map<String, String> args) {
        this.args = args;
        this.products = Integer.parseInt(args.getOrDefault("products", "500000"));
        this.tcgProducts = Integer.parseInt(args.getOrDefault("tcgProducts", "250000"));
        this.groups = Integer.parseInt(args.getOrDefault("groups", "500"));
        this.db = args.getOrDefault("db", "cardvault_bench_prices");
    }

    public static void main(String[] argv) throws Exception {
        new PriceIngestBenchmark(arguments(argv)).run();
    }

    /** {@code key=value} pairs, as one or several program arguments. */
    static Map<String, String> arguments(String[] argv) {
        Map<String, String> args = new HashMap<>();
        for (String arg : argv) {
            for (String part : arg.trim().split("\\s+")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    args.put(part.substring(0, eq), part.substring(eq + 1));
                }
            }
        }
        return args;
    }

    private void run() throws Exception {
        MariaDbDataSource dataSource = database();
        catalogue(dataSource);
        // every series of both sources (5M at full size) stays cached, as a server sized for this market would be configured
        StandalonePriceStore.Ports store = StandalonePriceStore.on(dataSource,
                Long.parseLong(args.getOrDefault("seriesCache", "8000000")));
        List<PricedVariant> catalogue = store.pricedVariants().pricedVariants();

        byte[] day1 = cardmarketGuide(DAY);
        byte[] day2 = cardmarketGuide(DAY.plusDays(1));
        OUT.printf(Locale.ROOT, "Cardmarket guide: %d products, %.1f MB%n", products, day1.length / 1e6);
        long parseStart = System.nanoTime();
        List<UpstreamQuote> quotes = CardmarketGuides.quotes(day1);
        double parseSeconds = seconds(parseStart);
        row("Cardmarket guide, parse only", quotes.size(), parseSeconds);

        Map<LocalDate, byte[]> cardmarketFiles = Map.of(DAY, day1, DAY.plusDays(1), day2);
        PriceFileRun cardmarket = ingest(source(PriceSource.CARDMARKET, day -> CardmarketGuides.quotes(cardmarketFiles.get(day))),
                store, catalogue);
        ingest(store, cardmarket, PriceSource.CARDMARKET, DAY, "Cardmarket guide, parse + ingest, day 1 (empty store)");
        ingest(store, cardmarket, PriceSource.CARDMARKET, DAY.plusDays(1), "Cardmarket guide, parse + ingest, day 2 (store holds day 1)");
        loadData(dataSource, PriceSource.CARDMARKET, "Cardmarket rows, MariaDB LOAD DATA LOCAL INFILE");

        Map<LocalDate, List<byte[]>> tcgFiles = Map.of(DAY, tcgcsvDump(DAY), DAY.plusDays(1), tcgcsvDump(DAY.plusDays(1)));
        long tcgParse = System.nanoTime();
        int tcgQuotes = 0;
        for (byte[] file : tcgFiles.get(DAY)) {
            tcgQuotes += TcgcsvPriceFiles.quotes(file, "bench").size();
        }
        row("tcgcsv dump (" + groups + " groups), parse only", tcgQuotes, seconds(tcgParse));
        PriceFileRun tcgcsv = ingest(source(PriceSource.TCGCSV, day -> {
            List<UpstreamQuote> all = new ArrayList<>();
            for (byte[] file : tcgFiles.get(day)) {
                all.addAll(TcgcsvPriceFiles.quotes(file, "bench"));
            }
            return all;
        }), store, catalogue);
        ingest(store, tcgcsv, PriceSource.TCGCSV, DAY, "tcgcsv dump, parse + ingest, day 1");
        ingest(store, tcgcsv, PriceSource.TCGCSV, DAY.plusDays(1), "tcgcsv dump, parse + ingest, day 2");
        loadData(dataSource, PriceSource.TCGCSV, "tcgcsv rows, MariaDB LOAD DATA LOCAL INFILE");

        OUT.println();
        OUT.println("| step | points | seconds | points/s |");
        OUT.println("|---|---:|---:|---:|");
        rows.forEach(OUT::println);
    }

    interface Quotes {
        List<UpstreamQuote> of(LocalDate day);
    }

    /** A fetch port that "downloads" the in-memory file of the day and parses it with the real parser. */
    static FetchPriceFilePort source(PriceSource source, Quotes quotes) {
        return new FetchPriceFilePort() {
            @Override
            public PriceSource source() {
                return source;
            }

            @Override
            public FetchOutcome fetch(PriceFileRequest request) {
                byte[] sha = new byte[20];
                sha[0] = (byte) request.day().getDayOfMonth();
                sha[1] = (byte) source.ordinal();
                return new FetchOutcome.Fetched(new PriceFile(source, "bench:" + source.code(), request.day(), sha, true,
                        quotes.of(request.day())));
            }
        };
    }

    /**
     * The real ingest wired by hand through its public constructor (no container: the store's local
     * transactions, one per file), the catalogue joined once as a backfill joins it, headline events counted and dropped.
     */
    private static PriceFileRun ingest(FetchPriceFilePort source, StandalonePriceStore.Ports store, List<PricedVariant> catalogue) {
        return ingest(source, store, catalogue, new CountingEvents());
    }

    static PriceFileRun ingest(FetchPriceFilePort source, StandalonePriceStore.Ports store, List<PricedVariant> catalogue,
                               CountingEvents events) {
        return new IngestPriceFilesService(List.of(source), store.runs(), store.progress(), store.windows(), store.points(),
                store.latest(), events, new PriceIngestPolicy(true)).startRun(catalogue);
    }

    /** Each file is written as the server writes it: one transaction, here the store's local file transaction. */
    private void ingest(StandalonePriceStore.Ports store, PriceFileRun run, PriceSource source, LocalDate day, String label) {
        long start = System.nanoTime();
        IngestPricesCommand command = new IngestPricesCommand(source, day, true, Optional.empty(), true, IngestScope.ALL);
        PreparedPriceFile prepared = run.prepare(command);
        IngestReport report = store.files().write(() -> run.write(prepared, false, Optional.empty()),
                written -> "ok".equals(written.status()));
        double seconds = seconds(start);
        if (!"ok".equals(report.status())) {
            throw new IllegalStateException(label + ": " + report);
        }
        OUT.printf(Locale.ROOT, "%s: %s%n", label, report);
        row(label, report.pointsWritten(), seconds);
    }

    /**
     * The rows the ingest wrote for {@code source}, exported per day (in primary-key order) and loaded
     * again into a copy of price_point: day 1 into the empty copy, then day 2 on top of it, so each
     * load does the same physical work as the ingest it stands beside (day 2's rows land between
     * day 1's, one per series, all over the primary key).
     */
    private void loadData(MariaDbDataSource dataSource, PriceSource source, String label) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("DROP TABLE IF EXISTS price_point_load");
            sql.execute("CREATE TABLE price_point_load LIKE price_point");
        }
        for (int day = 0; day < 2; day++) {
            Path file = Files.createTempFile("price-points-", ".tsv");
            int count = 0;
            try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
                 Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
                try (ResultSet points = sql.executeQuery("SELECT p.series_id, p.day, p.amount, p.is_outlier, p.run_id "
                        + "FROM price_point p JOIN price_series s ON s.id = p.series_id WHERE s.source = '" + source.code()
                        + "' AND p.day = '" + DAY.plusDays(day) + "' ORDER BY p.series_id")) {
                    while (points.next()) {
                        out.write(points.getInt(1) + "\t" + points.getString(2) + "\t" + points.getString(3) + "\t"
                                + points.getInt(4) + "\t" + points.getInt(5) + "\n");
                        count++;
                    }
                }
            }
            long start = System.nanoTime();
            try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
                sql.execute("LOAD DATA LOCAL INFILE '" + file + "' INTO TABLE price_point_load "
                        + "(series_id, day, amount, is_outlier, run_id)");
            }
            row(label + (day == 0 ? ", day 1 rows into an empty table" : ", day 2 rows on top of day 1"), count, seconds(start));
            Files.delete(file);
        }
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("DROP TABLE price_point_load");
        }
    }

    MariaDbDataSource database() throws SQLException {
        String server = args.getOrDefault("server", "127.0.0.1:3306");
        MariaDbDataSource admin = new MariaDbDataSource("jdbc:mariadb://" + server + "/mysql?user=root&sslMode=disable");
        try (Connection connection = admin.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + db);
            sql.execute("CREATE DATABASE " + db + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
        }
        MariaDbDataSource dataSource = new MariaDbDataSource("jdbc:mariadb://" + server + "/" + db
                + "?user=root&sslMode=disable&allowLocalInfile=true");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }

    /** One set; per Cardmarket product a card with a normal variant and (every fifth) a reverse holo; TCGplayer ids on the first tcgProducts. */
    void catalogue(MariaDbDataSource dataSource) throws SQLException {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO card_set (id, game_id, catalogue, external_id, code, name, release_date, card_count, "
                    + "language, languages, is_promo, fingerprint) VALUES (1, 1, 'bench', 'bench', 'B', 'Bench', '2020-01-01', "
                    + products + ", 'en', 'en', 0, x'00')");
            sql.execute("INSERT INTO card (id, set_id, game_id, external_id, local_id, collector_number, name, rarity, fingerprint) "
                    + "SELECT seq, 1, 1, CONCAT('b-', seq), seq, seq, CONCAT('Card ', seq), 'Rare', x'00' FROM seq_1_to_" + products);
            sql.execute("INSERT INTO printing (id, card_id, language, print_run) SELECT seq, seq, 'en', 'unlimited' FROM seq_1_to_"
                    + products);
            sql.execute("INSERT INTO variant (id, printing_id, variant_key, finish, label, cardmarket_product_id, "
                    + "tcgplayer_product_id, fingerprint) SELECT seq, seq, 'normal', 'normal', 'standard', seq, "
                    + "IF(seq <= " + tcgProducts + ", seq, NULL), x'00' FROM seq_1_to_" + products);
            sql.execute("INSERT INTO variant (id, printing_id, variant_key, finish, label, cardmarket_product_id, "
                    + "tcgplayer_product_id, fingerprint) SELECT " + products + " + seq, seq, 'reverse', 'reverse_holofoil', "
                    + "'standard', seq, IF(seq <= " + tcgProducts + ", seq, NULL), x'00' FROM seq_1_to_" + products
                    + " WHERE seq % 5 = 0");
        }
        OUT.printf(Locale.ROOT, "catalogue of %d cards made in %.1f s%n", products, seconds(start));
    }

    byte[] cardmarketGuide(LocalDate day) {
        return cardmarketGuide(day, day.toEpochDay());
    }

    /** The guide of {@code day} with prices drawn from {@code seed}: another seed, another day's moves. */
    byte[] cardmarketGuide(LocalDate day, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(products * 200);
        StringBuilder json = new StringBuilder(4096);
        json.append("{\"version\":1,\"createdAt\":\"").append(day).append("T02:44:32+0200\",\"priceGuides\":[");
        for (int id = 1; id <= products; id++) {
            json.append(id == 1 ? "" : ",").append("{\"idProduct\":").append(id).append(",\"idCategory\":51");
            double base = 0.05 + 200 * Math.pow(random.nextDouble(), 6);
            for (String key : new String[] {"avg", "low", "trend", "avg1", "avg7", "avg30"}) {
                json.append(",\"").append(key).append("\":").append(cents(base * (0.9 + 0.2 * random.nextDouble())));
            }
            for (String key : new String[] {"avg", "low", "trend", "avg1", "avg7", "avg30"}) {
                json.append(",\"").append(key).append("-holo\":");
                json.append(id % 5 == 0 ? cents(base * (1.2 + 0.2 * random.nextDouble())) : "null");
            }
            json.append('}');
            if (json.length() > 3500) {
                bytes.writeBytes(json.toString().getBytes(StandardCharsets.UTF_8));
                json.setLength(0);
            }
        }
        json.append("]}");
        bytes.writeBytes(json.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    /** One prices file per group, as tcgcsv publishes them. */
    private List<byte[]> tcgcsvDump(LocalDate day) {
        SplittableRandom random = new SplittableRandom(day.toEpochDay() * 31);
        List<byte[]> files = new ArrayList<>();
        int perGroup = (tcgProducts + groups - 1) / groups;
        for (int group = 0; group < groups; group++) {
            StringBuilder json = new StringBuilder(perGroup * 400);
            json.append("{\"success\":true,\"errors\":[],\"results\":[");
            boolean first = true;
            for (int id = group * perGroup + 1; id <= Math.min(tcgProducts, (group + 1) * perGroup); id++) {
                double base = 0.05 + 200 * Math.pow(random.nextDouble(), 6);
                for (String subType : id % 5 == 0 ? new String[] {"Normal", "Reverse Holofoil"} : new String[] {"Normal"}) {
                    json.append(first ? "" : ",").append("{\"productId\":").append(id)
                            .append(",\"lowPrice\":").append(cents(base * 0.8)).append(",\"midPrice\":").append(cents(base * 1.05))
                            .append(",\"highPrice\":").append(cents(base * 2.5)).append(",\"marketPrice\":").append(cents(base))
                            .append(",\"directLowPrice\":").append(random.nextInt(3) == 0 ? "null" : cents(base * 0.95))
                            .append(",\"subTypeName\":\"").append(subType).append("\"}");
                    first = false;
                }
            }
            json.append("]}");
            files.add(json.toString().getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private static String cents(double amount) {
        return String.format(Locale.ROOT, "%.2f", Math.max(amount, 0.02));
    }

    private void row(String label, long points, double seconds) {
        rows.add(String.format(Locale.ROOT, "| %s | %,d | %.1f | %,.0f |", label, points, seconds, points / seconds));
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /**
     * Headline events as the benchmark needs them: counted, and kept until taken when a run judges
     * price watches on them after the ingest's commit (as the server's AFTER_SUCCESS observers do).
     */
    static final class CountingEvents implements Event<HeadlinePricesChanged> {
        private final AtomicLong cards = new AtomicLong();
        private final List<HeadlinePricesChanged> kept = new ArrayList<>();

        @Override
        public void fire(HeadlinePricesChanged event) {
            cards.addAndGet(event.changes().size());
            kept.add(event);
        }

        /** The events fired since the last call, in order. */
        List<HeadlinePricesChanged> take() {
            List<HeadlinePricesChanged> taken = List.copyOf(kept);
            kept.clear();
            return taken;
        }

        @Override
        public <U extends HeadlinePricesChanged> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends HeadlinePricesChanged> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<HeadlinePricesChanged> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends HeadlinePricesChanged> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends HeadlinePricesChanged> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
