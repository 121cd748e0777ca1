package io.cardvault.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.cardvault.application.port.out.mail.MailOutcome;
import io.cardvault.application.port.out.mail.MailRejectedException;
import io.cardvault.application.port.out.mail.OutgoingMail;
import io.cardvault.domain.account.EmailAddress;
import jakarta.mail.Session;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the contract does not cover: mail inside a transaction, retries, and the failures an operator must read. */
class JakartaMailAdapterTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    private static final List<Duration> QUICK_RETRIES = List.of(Duration.ofMillis(200), Duration.ofMillis(200), Duration.ofMillis(200));

    private final ScheduledExecutorService threads = Executors.newSingleThreadScheduledExecutor();
    private final List<LogRecord> log = new CopyOnWriteArrayList<>();
    private final Logger queueLogger = Logger.getLogger(DeliveryQueue.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            log.add(record);
        }

        @Override
        public void flush() {
            // kept in memory
        }

        @Override
        public void close() {
            // kept in memory
        }
    };

    /** A transaction the test commits or rolls back itself. */
    private static final class OpenTransaction implements TransactionScope {
        private final List<Runnable> afterCommit = new CopyOnWriteArrayList<>();

        @Override
        public boolean afterCommit(Runnable action) {
            afterCommit.add(action);
            return true;
        }

        void commit() {
            afterCommit.forEach(Runnable::run);
        }

        void rollBack() {
            afterCommit.clear();
        }
    }

    @BeforeEach
    void captureLog() {
        queueLogger.addHandler(capture);
    }

    @AfterEach
    void stop() {
        queueLogger.removeHandler(capture);
        threads.shutdownNow();
    }

    private JakartaMailAdapter adapter(Session session, TlsMode tls, TransactionScope transactions) {
        return new JakartaMailAdapter(SmtpMailer.over(session, tls, Clock.systemUTC()), transactions, threads, QUICK_RETRIES);
    }

    private static OutgoingMail alertTo(String address) {
        return OutgoingMail.text(new EmailAddress(address), "Price alert", "Charizard crossed your price.");
    }

    @Test
    void givenOpenTransaction_send_waitsForTheCommitThenDelivers() throws Exception {
        OpenTransaction transaction = new OpenTransaction();
        JakartaMailAdapter adapter = adapter(GreenMailSessions.session(GREEN_MAIL.getSmtp().getPort()), TlsMode.NONE, transaction);

        MailOutcome outcome = adapter.send(alertTo("misty@example.org"));

        assertThat(outcome).isInstanceOf(MailOutcome.AfterCommit.class);
        Thread.sleep(300);
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();

        transaction.commit();

        assertThat(GREEN_MAIL.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(GREEN_MAIL.getReceivedMessages()[0].getSubject()).isEqualTo("Price alert");
        awaitTrue(() -> adapter.waiting() == 0);
    }

    @Test
    void givenOpenTransaction_rolledBack_sendsNothing() throws Exception {
        OpenTransaction transaction = new OpenTransaction();
        JakartaMailAdapter adapter = adapter(GreenMailSessions.session(GREEN_MAIL.getSmtp().getPort()), TlsMode.NONE, transaction);

        adapter.send(alertTo("brock@example.org"));
        transaction.rollBack();
        transaction.commit();

        assertThat(GREEN_MAIL.waitForIncomingEmail(500, 1)).isFalse();
        assertThat(adapter.waiting()).isZero();
    }

    @Test
    void givenMailServerDownAtCommit_delivery_retriesUntilItIsBack() throws Exception {
        int port = GreenMailSessions.closedPort();
        OpenTransaction transaction = new OpenTransaction();
        JakartaMailAdapter adapter = adapter(GreenMailSessions.session(port), TlsMode.NONE, transaction);

        adapter.send(alertTo("erika@example.org"));
        transaction.commit();
        awaitTrue(() -> log.stream().anyMatch(record -> record.getMessage().contains("trying again")));

        GreenMail late = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        late.start();
        try {
            assertThat(late.waitForIncomingEmail(5_000, 1)).isTrue();
            awaitTrue(() -> adapter.waiting() == 0);
        } finally {
            late.stop();
        }
    }

    @Test
    void givenMailServerNeverReachable_delivery_givesUpWithAWarningNamingTheSettings() throws Exception {
        OpenTransaction transaction = new OpenTransaction();
        JakartaMailAdapter adapter = adapter(GreenMailSessions.session(GreenMailSessions.closedPort()), TlsMode.NONE, transaction);

        adapter.send(alertTo("sabrina@example.org"));
        transaction.commit();

        awaitTrue(() -> adapter.waiting() == 0);
        assertThat(log).filteredOn(record -> record.getLevel() == Level.WARNING).singleElement()
                .satisfies(record -> assertThat(record.getMessage())
                        .contains("not sent after 4 attempt(s)", "could not be reached", "CARDVAULT_MAIL_HOST")
                        .contains("s…@example.org").doesNotContain("sabrina"));
    }

    @Test
    void givenStartTlsRequiredButNotOffered_send_isRejectedNamingTheTlsSetting() {
        JakartaMailAdapter adapter = adapter(GreenMailSessions.session(GREEN_MAIL.getSmtp().getPort()), TlsMode.STARTTLS, TransactionScope.NONE);

        assertThatThrownBy(() -> adapter.send(alertTo("koga@example.org")))
                .isInstanceOf(MailRejectedException.class)
                .hasMessageContaining("CARDVAULT_MAIL_TLS");
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void givenNoSenderConfigured_send_isRejectedNamingTheSetting() {
        Properties properties = new Properties();
        properties.setProperty("mail.host", "127.0.0.1");
        properties.setProperty("mail.smtp.port", Integer.toString(GREEN_MAIL.getSmtp().getPort()));
        JakartaMailAdapter adapter = adapter(Session.getInstance(properties), TlsMode.NONE, TransactionScope.NONE);

        assertThat(adapter.hasSender()).isFalse();
        assertThatThrownBy(() -> adapter.send(alertTo("blaine@example.org")))
                .isInstanceOf(MailRejectedException.class)
                .hasMessageContaining("CARDVAULT_MAIL_FROM");
    }

    @Test
    void givenConfiguredSession_server_namesHostPortAndTlsMode() {
        JakartaMailAdapter adapter = adapter(GreenMailSessions.session(2525), TlsMode.NONE, TransactionScope.NONE);

        assertThat(adapter.server()).isEqualTo("127.0.0.1:2525 (none)");
    }

    @Test
    void givenUnknownTlsMode_parse_isRefusedNamingTheSetting() {
        assertThat(TlsMode.parse(" STARTTLS ")).isEqualTo(TlsMode.STARTTLS);
        assertThatIllegalArgumentException().isThrownBy(() -> TlsMode.parse("ssl")).withMessageContaining("CARDVAULT_MAIL_TLS");
    }

    @Test
    void givenTlsMode_applyTo_usesSmtpsOnTheConfiguredPort() {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.port", "465");

        TlsMode.TLS.applyTo(properties);

        assertThat(properties.getProperty("mail.transport.protocol")).isEqualTo("smtps");
        assertThat(properties.getProperty("mail.smtps.port")).isEqualTo("465");
        assertThat(properties.getProperty("mail.smtps.ssl.checkserveridentity")).isEqualTo("true");
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 10 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
