package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The deployed WAR sends mail through the server's mail session ({@code mail/cardvault}, the
 * {@code CARDVAULT_MAIL_*} settings) to the demo mail server it started itself, and the mail can be
 * read back over IMAP and POP3 as any mail client would. The mail is the operator's start-up check
 * ({@code CARDVAULT_MAIL_CHECK_TO}, set for the IT server), sent after the application started.
 */
class MailIT {

    private static final String HOST = "127.0.0.1";
    static final int IMAP_PORT = Integer.getInteger("cardvault.it.mailImapPort", 3243);
    private static final int POP3_PORT = Integer.getInteger("cardvault.it.mailPop3Port", 3210);
    private static final String CHECK_RECIPIENT = "it-check@cardvault.test";
    private static final String CHECK_SUBJECT = "CardVault mail check";

    record Received(String from, String to, String subject, String body) {
    }

    @Test
    void the_start_up_check_mail_arrives_in_the_demo_mailbox_over_imap() throws Exception {
        List<Received> inbox = awaitMail("imap", IMAP_PORT, CHECK_RECIPIENT, Duration.ofSeconds(90));

        assertThat(inbox).filteredOn(mail -> mail.subject().equals(CHECK_SUBJECT)).first().satisfies(mail -> {
            assertThat(mail.from()).isEqualTo("alerts@cardvault.test");
            assertThat(mail.to()).isEqualTo(CHECK_RECIPIENT);
            assertThat(mail.body()).contains("can send mail through 127.0.0.1:").contains("(none)");
        });
    }

    @Test
    void the_same_mailbox_reads_over_pop3_and_another_address_holds_nothing() throws Exception {
        awaitMail("imap", IMAP_PORT, CHECK_RECIPIENT, Duration.ofSeconds(90));

        assertThat(read("pop3", POP3_PORT, CHECK_RECIPIENT)).extracting(Received::subject).contains(CHECK_SUBJECT);
        assertThat(read("imap", IMAP_PORT, "nobody-" + System.nanoTime() + "@cardvault.test")).isEmpty();
    }

    /** The mails of {@code user}, waiting up to {@code patience} for the first (the alert ITs read their mails so too). */
    static List<Received> awaitMail(String protocol, int port, String user, Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        while (true) {
            List<Received> mails = read(protocol, port, user);
            if (!mails.isEmpty() || Instant.now().isAfter(deadline)) {
                assertThat(mails).as("mail for " + user + " within " + patience.toSeconds() + " s").isNotEmpty();
                return mails;
            }
            Thread.sleep(1_000);
        }
    }

    static List<Received> read(String protocol, int port, String user) throws MessagingException, IOException {
        Store store = Session.getInstance(new Properties()).getStore(protocol);
        store.connect(HOST, port, user, "any password");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<Received> mails = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    mails.add(new Received(((InternetAddress) message.getFrom()[0]).getAddress(),
                            ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress(),
                            message.getSubject(), String.valueOf(message.getContent())));
                }
                return mails;
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }
}
