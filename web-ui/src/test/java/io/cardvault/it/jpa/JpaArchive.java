package io.cardvault.it.jpa;

import io.cardvault.adapter.out.persistence.UniqueKeys;
import io.cardvault.adapter.out.persistence.UtcWallClock;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.MessageStorePort;
import io.cardvault.application.port.out.ForumPostStorePort;
import io.cardvault.application.port.out.ReportStorePort;
import io.cardvault.application.port.out.BlockListPort;
import io.cardvault.application.port.out.MessageStorePortContract;
import io.cardvault.application.port.out.ForumPostStorePortContract;
import io.cardvault.application.port.out.ReportStorePortContract;
import io.cardvault.application.port.out.BlockListPortContract;
import io.cardvault.application.port.out.ApiKeyStorePort;
import io.cardvault.application.port.out.BidStorePort;
import io.cardvault.application.port.out.BidStorePortContract;
import io.cardvault.application.port.out.CardmarketLinkStorePort;
import io.cardvault.application.port.out.CardmarketLinkStorePortContract;
import io.cardvault.application.port.out.ChangeAccountTierPort;
import io.cardvault.application.port.out.CollectionStorePort;
import io.cardvault.application.port.out.CollectionStorePortContract;
import io.cardvault.application.port.out.DeckStorePort;
import io.cardvault.application.port.out.DeckStorePortContract;
import io.cardvault.application.port.out.ListingExpiryPort;
import io.cardvault.application.port.out.ListingExpiryPortContract;
import io.cardvault.application.port.out.ListingStorePort;
import io.cardvault.application.port.out.ProtectedPhotoStorePort;
import io.cardvault.application.port.out.ProtectedPhotoStorePortContract;
import io.cardvault.application.port.out.TrustCodeStorePort;
import io.cardvault.application.port.out.TrustCodeStorePortContract;
import io.cardvault.application.port.out.ListingStorePortContract;
import io.cardvault.application.port.out.MarketplaceSamples;
import io.cardvault.application.port.out.NotificationSettingsStorePort;
import io.cardvault.application.port.out.NotificationStorePort;
import io.cardvault.application.port.out.NotificationStorePortContract;
import io.cardvault.application.port.out.PasswordHasherPort;
import io.cardvault.application.port.out.PlatformSettingStorePort;
import io.cardvault.application.port.out.PriceAlertStorePort;
import io.cardvault.application.port.out.PriceAlertStorePortContract;
import io.cardvault.application.port.out.PushDeviceStorePort;
import io.cardvault.application.port.out.Race;
import io.cardvault.application.port.out.RatingStorePort;
import io.cardvault.application.port.out.RatingStorePortContract;
import io.cardvault.application.port.out.SellerAccountStorePort;
import io.cardvault.application.port.out.SessionStandingCachePort;
import io.cardvault.application.port.out.SessionStandingStorePort;
import io.cardvault.application.port.out.SessionTokenPort;
import io.cardvault.application.port.out.TransactionStorePort;
import io.cardvault.application.port.out.TransactionStorePortContract;
import io.cardvault.application.port.out.WishlistStorePort;
import io.cardvault.application.port.out.WishlistStorePortContract;
import io.cardvault.application.port.out.account.AccountStorePortContract;
import io.cardvault.application.service.UseCase;
import io.cardvault.application.service.account.CreateApiKeyService;
import io.cardvault.application.service.account.RegisterAccountService;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.FormatLegalities;
import io.cardvault.domain.catalogue.InvalidCatalogueDataException;
import io.cardvault.domain.catalogue.Legality;
import io.cardvault.domain.catalogue.PlayTraits;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.price.InvalidPriceDataException;
import java.io.File;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.assertj.core.api.Assertions;
import org.flywaydb.core.Flyway;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The archive every in-container test deploys, and the database it runs on. The archive holds the
 * account and shelf JPA packages with the real {@code META-INF/persistence.xml}, the account and
 * collection and marketplace domains, their ports with their contracts (application's test-jar), two use cases and
 * the password hasher, the notification settings' adapter, and the test's own classes; nothing else, so no bean of another adapter
 * needs wiring.
 */
final class JpaArchive {

    static final String DATABASE = "cardvault_arquillian";

    private JpaArchive() {
    }

    /** The deployment of {@code testClass}, after the database is migrated (this runs on the client first). */
    static WebArchive of(Class<?> testClass) {
        migrate();
        return ShrinkWrap.create(WebArchive.class, testClass.getSimpleName() + ".war")
                .addPackages(false, "io.cardvault.domain.account", "io.cardvault.domain.shared")
                .addAsResource("io/cardvault/domain/account/common-passwords.txt")
                .addPackages(false, "io.cardvault.application.port.in.account", "io.cardvault.application.port.out.account")
                .addClasses(AccountStorePort.class, ApiKeyStorePort.class, ChangeAccountTierPort.class,
                        SellerAccountStorePort.class, SessionStandingStorePort.class, SessionStandingCachePort.class, SessionTokenPort.class,
                        PasswordHasherPort.class)
                .addPackages(false, "io.cardvault.adapter.out.persistence.account")
                .addClasses(UtcWallClock.class, UniqueKeys.class)
                // the collector's shelf: its domain, four ports with their contracts, its adapters
                .addPackages(false, "io.cardvault.domain.collection")
                .addClasses(CardId.class, VariantId.class, Slice.class, InvalidCatalogueDataException.class,
                        Grading.class, GradingCompany.class, InvalidPriceDataException.class)
                .addClass("io.cardvault.domain.price.Codes")
                .addClasses(CollectionStorePort.class, WishlistStorePort.class, PriceAlertStorePort.class,
                        NotificationStorePort.class, CollectionStorePortContract.class, WishlistStorePortContract.class,
                        PriceAlertStorePortContract.class, NotificationStorePortContract.class, Race.class)
                .addPackages(false, "io.cardvault.adapter.out.persistence.collection")
                .addClasses(InTransaction.class, ShelfFixtures.class)
                // the marketplace: its domain, four ports with their contracts, its adapter
                .addPackages(false, "io.cardvault.domain.marketplace", "io.cardvault.application.port.out.marketplace",
                        "io.cardvault.adapter.out.persistence.marketplace")
                .addClasses(ListingStorePort.class, BidStorePort.class, TransactionStorePort.class, RatingStorePort.class,
                        ListingStorePortContract.class, BidStorePortContract.class, TransactionStorePortContract.class,
                        RatingStorePortContract.class, MarketplaceSamples.class)
                // the marketplace's expiry job (issue 22, edges): its port and contract, the adapter is in the package above
                .addClasses(ListingExpiryPort.class, ListingExpiryPortContract.class, CardmarketLinkStorePort.class,
                        CardmarketLinkStorePortContract.class)
                // trust codes (issue 23): their domain, two ports with their contracts and values, their adapter
                .addPackages(false, "io.cardvault.domain.trust", "io.cardvault.application.port.out.trust",
                        "io.cardvault.adapter.out.persistence.trust")
                .addClasses(TrustCodeStorePort.class, ProtectedPhotoStorePort.class, TrustCodeStorePortContract.class,
                        ProtectedPhotoStorePortContract.class)
                // the notification settings: port and adapter (the collection domain is added above)
                .addClass(NotificationSettingsStorePort.class)
                .addPackages(false, "io.cardvault.adapter.out.persistence.notificationsettings")
                // the platform's phones and settings: their domain, ports and JPA adapters
                .addPackages(false, "io.cardvault.domain.platform")
                .addClasses(PushDeviceStorePort.class, PlatformSettingStorePort.class)
                .addPackages(false, "io.cardvault.adapter.out.persistence.pushdevice",
                        "io.cardvault.adapter.out.persistence.platformsetting")
                // the community (issue 23): its domain, four ports with their contracts, its adapters
                .addPackages(false, "io.cardvault.domain.community", "io.cardvault.adapter.out.persistence.community")
                .addClasses(MessageStorePort.class,
                        ForumPostStorePort.class,
                        ReportStorePort.class,
                        BlockListPort.class,
                        MessageStorePortContract.class,
                        ForumPostStorePortContract.class,
                        ReportStorePortContract.class,
                        BlockListPortContract.class)
                // scanning (issue 24): the session aggregate, its store port, its JPA adapter
                .addPackages(false, "io.cardvault.domain.scan", "io.cardvault.adapter.out.persistence.scan")
                .addClass(io.cardvault.application.port.out.ScanSessionStorePort.class)
                // decks (issue 25): their domain, the store port with its contract, the JPA adapter
                .addPackages(false, "io.cardvault.domain.deck")
                .addAsResource("io/cardvault/domain/deck/pokemon-formats.properties")
                .addClasses(FormatLegalities.class, Legality.class, PlayTraits.class, DeckStorePort.class, DeckStorePortContract.class)
                // profiles (issue 25): the store port with its contract; its JPA adapter is in the account package above
                .addClasses(io.cardvault.application.port.out.ProfileStorePort.class,
                        io.cardvault.application.port.out.ProfileStorePortContract.class)
                .addPackages(false, "io.cardvault.adapter.out.persistence.deck")
                .addClasses(UseCase.class, RegisterAccountService.class, CreateApiKeyService.class)
                .addClass(passwordHasherClass())
                .addClasses(testClass, TransactionalAccountPorts.class, JpaArchive.class)
                .addAsResource("META-INF/persistence.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsLibraries(jarOf(Assertions.class), jarOf(BCryptPasswordEncoder.class),
                        jarOf(named("org.apache.commons.logging.LogFactory")));
    }

    /** The real bcrypt adapter is package-private: named, not imported. */
    private static Class<?> passwordHasherClass() {
        return named("io.cardvault.adapter.out.persistence.BcryptPasswordHasher");
    }

    /** A class of the test class path that is package-private or a run-time dependency only. */
    private static Class<?> named(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name + " is not on the test class path", e);
        }
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("no jar for " + type.getName(), e);
        }
    }

    /**
     * Creates the tests' database beside the application's in the integration-test server's
     * embedded MariaDB and applies the real migrations: the schema is Flyway's, never the JPA
     * provider's. Rows stay between runs; the contracts use fresh names each run.
     */
    private static synchronized void migrate() {
        String server = "jdbc:mariadb://127.0.0.1:" + System.getProperty("cardvault.it.dbPort", "3317");
        try (Connection connection = DriverManager.getConnection(server + "/mysql?user=root&sslMode=disable");
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("the integration-test server's MariaDB is not reachable", e);
        }
        Flyway.configure(AccountStorePortContract.class.getClassLoader())
                .dataSource(server + "/" + DATABASE + "?sslMode=disable", "root", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
