package io.cardvault.adapter.out.mail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.cardvault.application.port.out.SendMailPort;
import io.cardvault.application.port.out.SendMailPortContract;
import io.cardvault.domain.account.EmailAddress;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Jakarta Mail adapter against a real SMTP server (GreenMail on a free loopback port). */
class JakartaMailAdapterContractTest extends SendMailPortContract {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort()).withPerMethodLifecycle(false);

    private static final ScheduledExecutorService THREADS = Executors.newSingleThreadScheduledExecutor();

    @AfterAll
    static void stopThreads() {
        THREADS.shutdownNow();
    }

    @Override
    protected SendMailPort mailer() {
        return adapterOn(GREEN_MAIL.getSmtp().getPort());
    }

    @Override
    protected SendMailPort unreachableMailer() {
        return adapterOn(GreenMailSessions.closedPort());
    }

    @Override
    protected List<ReceivedMail> received(EmailAddress recipient) {
        return GreenMailSessions.received(GREEN_MAIL.getReceivedMessages(), recipient);
    }

    private static JakartaMailAdapter adapterOn(int port) {
        SmtpMailer mailer = SmtpMailer.over(GreenMailSessions.session(port), TlsMode.NONE, Clock.systemUTC());
        return new JakartaMailAdapter(mailer, TransactionScope.NONE, THREADS, JakartaMailAdapter.RETRY_DELAYS);
    }
}
