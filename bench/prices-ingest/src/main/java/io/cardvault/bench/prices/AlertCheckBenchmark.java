package io.cardvault.bench.prices;

import io.cardvault.adapter.out.persistence.StandaloneCatalogueReads;
import io.cardvault.adapter.out.persistence.account.StandaloneAccountStore;
import io.cardvault.adapter.out.persistence.collection.StandaloneShelfStores;
import io.cardvault.adapter.out.persistence.notificationsettings.StandaloneNotificationSettings;
import io.cardvault.adapter.out.persistence.price.StandalonePriceStore;
import io.cardvault.adapter.out.sources.cardmarket.CardmarketGuides;
import io.cardvault.application.port.in.notification.FiredPriceWatches;
import io.cardvault.application.port.in.price.IngestPriceFilesUseCase.PriceFileRun;
import io.cardvault.application.port.in.price.IngestPricesCommand;
import io.cardvault.application.port.in.price.IngestReport;
import io.cardvault.application.port.in.price.IngestScope;
import io.cardvault.application.port.out.mail.MailOutcome;
import io.cardvault.application.service.notification.FirePriceWatchesService;
import io.cardvault.application.service.notification.PriceWatchPolicy;
import io.cardvault.domain.price.HeadlinePricesChanged;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PricedVariant;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.PrintStream;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * What checking price watches adds to a price ingest, at the demo's size: a catalogue of
 * {@code products} cards (the demo holds ~39k), {@code alerts} armed alerts and {@code wishes} wishes
 * with a max price on random cards (none of them reached by the day's prices, as on most days), and
 * {@code firing} alerts more before each checked round that the day's prices do reach (each one
 * marked, written to the feed, pushed and mailed; the push and the mail are counted, not sent).
 *
 * <p>Each round ingests today's Cardmarket guide with new prices through the real ingest service and JDBC store;
 * a checked round then judges the watches on the committed change events through the real
 * {@link FirePriceWatchesService} on the real JPA adapters (EclipseLink, application-managed, one
 * transaction per event, as the server's observer runs it). After {@code warmup} checked rounds (JIT,
 * EclipseLink's first queries), rounds alternate unchecked and checked in ABBA order so drift in the
 * machine's load falls on both alike; the overhead is the checked rounds' median over the unchecked ones'.
 */
public final class AlertCheckBenchmark {

    private static final PrintStream OUT = System.out;

    private final Map<String, String> args;
    private final int products;
    private final int alerts;
    private final int wishes;
    private final int firing;
    private final int accounts;
    private final int rounds;
    private final int warmup;

    private AlertCheckBenchmark(Map<String, String> args) {
        this.args = args;
        this.products = Integer.parseInt(args.getOrDefault("products", "40000"));
        this.alerts = Integer.parseInt(args.getOrDefault("alerts", "5000"));
        this.wishes = Integer.parseInt(args.getOrDefault("wishes", "2000"));
        this.firing = Integer.parseInt(args.getOrDefault("firing", "50"));
        this.accounts = Integer.parseInt(args.getOrDefault("accounts", "1000"));
        this.rounds = Integer.parseInt(args.getOrDefault("rounds", "8"));
        this.warmup = Integer.parseInt(args.getOrDefault("warmup", "2"));
    }

    public static void main(String[] argv) throws Exception {
        new AlertCheckBenchmark(PriceIngestBenchmark.arguments(argv)).run();
    }

    private void run() throws Exception {
        Map<String, String> ingestArgs = new HashMap<>(args);
        ingestArgs.putIfAbsent("products", Integer.toString(products));
        ingestArgs.putIfAbsent("tcgProducts", "0");
        ingestArgs.putIfAbsent("db", "cardvault_bench_alerts");
        PriceIngestBenchmark prices = new PriceIngestBenchmark(ingestArgs);
        MariaDbDataSource dataSource = prices.database();
        prices.catalogue(dataSource);
        StandalonePriceStore.Ports store = StandalonePriceStore.on(dataSource, 8_000_000L);
        List<PricedVariant> catalogue = store.pricedVariants().pricedVariants();
        watchers(dataSource);

        // the benchmark's own unit (META-INF/persistence.xml here): the watches' entities, resource-local on this database
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("cardvault-bench",
                Map.of("jakarta.persistence.nonJtaDataSource", dataSource));
        EntityManager entityManager = factory.createEntityManager();
        StandaloneShelfStores.Ports shelf = StandaloneShelfStores.on(entityManager);
        StandaloneCatalogueReads.Ports reads = StandaloneCatalogueReads.on(dataSource);
        AtomicLong frames = new AtomicLong();
        AtomicLong mails = new AtomicLong();
        FirePriceWatchesService watches = new FirePriceWatchesService(shelf.alerts(), shelf.wishes(), shelf.notifications(),
                StandaloneNotificationSettings.on(entityManager), StandaloneAccountStore.on(entityManager), reads.rates(),
                reads.views(), event -> frames.incrementAndGet(), mail -> {
                    mails.incrementAndGet();
                    return new MailOutcome.AfterCommit();
                }, new PriceWatchPolicy(URI.create("https://cards.example")));

        // every file is today's, forced again with new prices each round: only a recent day's file is news
        // (its new latest prices are announced, as the daily run's are), and a file that is news every round
        // keeps the rounds alike
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        byte[][] guide = new byte[1][];
        PriceIngestBenchmark.CountingEvents events = new PriceIngestBenchmark.CountingEvents();
        PriceFileRun cardmarket = PriceIngestBenchmark.ingest(PriceIngestBenchmark.source(PriceSource.CARDMARKET,
                day -> CardmarketGuides.quotes(guide[0])), store, catalogue, events);

        List<String> table = new ArrayList<>();
        List<Double> unchecked = new ArrayList<>();
        List<Double> checked = new ArrayList<>();
        List<Double> checks = new ArrayList<>();
        for (int round = -warmup; round < rounds; round++) {
            boolean check = round < 0 || round % 4 == 1 || round % 4 == 2; // warm-up rounds checked, then A B B A
            guide[0] = prices.cardmarketGuide(today, 1_000L + round);
            if (check) {
                firingAlerts(dataSource, round + warmup); // a number of its own per round: no two rounds set the same alert
            }
            long start = System.nanoTime();
            IngestReport report = ingest(cardmarket, today);
            double ingestSeconds = PriceIngestBenchmark.seconds(start);
            List<HeadlinePricesChanged> changed = events.take();
            int changes = changed.stream().mapToInt(event -> event.changes().size()).sum();
            double checkSeconds = 0;
            FiredPriceWatches fired = FiredPriceWatches.NONE;
            if (check) {
                long checkStart = System.nanoTime();
                for (HeadlinePricesChanged event : changed) {
                    entityManager.getTransaction().begin();
                    FiredPriceWatches one = watches.fire(event);
                    entityManager.getTransaction().commit();
                    entityManager.clear();
                    fired = new FiredPriceWatches(fired.alerts() + one.alerts(), fired.wishes() + one.wishes(),
                            fired.mails() + one.mails());
                }
                checkSeconds = PriceIngestBenchmark.seconds(checkStart);
            }
            double total = ingestSeconds + checkSeconds;
            String line = String.format(Locale.ROOT, "| %s | %s | %,d | %,d | %.2f | %.3f | %.2f | %d / %d / %d |",
                    round < 0 ? "warm-up" : Integer.toString(round + 1), check ? "checked" : "unchecked",
                    report.pointsWritten(), changes, ingestSeconds, checkSeconds, total, fired.alerts(), fired.wishes(),
                    fired.mails());
            OUT.println(line);
            if (round >= 0) {
                table.add(line);
                (check ? checked : unchecked).add(total);
                if (check) {
                    checks.add(checkSeconds);
                }
            }
        }
        entityManager.close();
        factory.close();

        OUT.println();
        OUT.printf(Locale.ROOT, "catalogue %,d cards; watches: %,d armed alerts, %,d wishes with a max price on %,d accounts; "
                + "%d alerts that fire per checked round%n", products, alerts, wishes, accounts, firing);
        OUT.println("| round | mode | points | changed prices | ingest s | check s | total s | fired alerts / wishes / mails |");
        OUT.println("|---:|---|---:|---:|---:|---:|---:|---|");
        table.forEach(OUT::println);
        double without = median(unchecked);
        double with = median(checked);
        OUT.printf(Locale.ROOT, "%nmedian ingest unchecked %.2f s, checked %.2f s (check alone %.3f s): overhead %+.1f %%;"
                + " frames %d, mails %d%n", without, with, median(checks), 100 * (with - without) / without, frames.get(), mails.get());
    }

    private IngestReport ingest(PriceFileRun run, LocalDate day) {
        // a daily file (not history): its new latest prices are announced, as the daily run's are
        IngestReport report = run.write(run.prepare(new IngestPricesCommand(PriceSource.CARDMARKET, day, false, Optional.empty(),
                true, IngestScope.ALL)), false, Optional.empty());
        if (!"ok".equals(report.status())) {
            throw new IllegalStateException(day + ": " + report);
        }
        return report;
    }

    /**
     * Accounts, and armed watches no day's price reaches (guide prices stay within 0.02–240 EUR): a
     * {@code below} alert at 0.01 or an {@code above} one at 1,000,000, a wish with a max price of 0.01.
     */
    private void watchers(MariaDbDataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO account (id, username, email, password_hash, created_at) SELECT seq, CONCAT('bench-', seq), "
                    + "CONCAT('bench-', seq, '@example.com'), '$2a$04$abcdefghijklmnopqrstuv', NOW(3) FROM seq_1_to_" + accounts);
            sql.execute("INSERT INTO price_alert (account_id, card_id, direction, target_amount, target_currency, created_at) "
                    + "SELECT 1 + seq % " + accounts + ", 1 + (seq * 7919) % " + products + ", IF(seq % 2 = 0, 'below', 'above'), "
                    + "IF(seq % 2 = 0, 0.01, 1000000), 'EUR', NOW(3) FROM seq_1_to_" + alerts);
            sql.execute("INSERT IGNORE INTO wishlist_entry (account_id, card_id, max_price_amount, max_price_currency, added_at) "
                    + "SELECT 1 + seq % " + accounts + ", 1 + (seq * 104729) % " + products + ", 0.01, 'EUR', NOW(3) FROM seq_1_to_"
                    + wishes);
        }
    }

    /** Alerts the next day's prices reach, on cards spread over the catalogue: each fires once in the coming check. */
    private void firingAlerts(MariaDbDataSource dataSource, int round) throws SQLException {
        if (firing == 0) {
            return; // seq_1_to_0 counts down to 0: it would still add two
        }
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO price_alert (account_id, card_id, direction, target_amount, target_currency, created_at) "
                    + "SELECT 1 + (seq + " + round + ") % " + accounts + ", 1 + (seq * 15485863 + " + round + ") % " + products
                    + ", 'below', 1000000, 'EUR', NOW(3) FROM seq_1_to_" + firing);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
