package io.cardvault.demo.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DemoMailServerTest {

    @Test
    void givenStartedServer_mailSentOverSmtp_isReadOverImapAndPop3WithAnyPassword() throws Exception {
        DemoMailServerSettings settings = new DemoMailServerSettings(true, freePort(), freePort(), freePort());
        try (AutoCloseable server = DemoMailServer.start(settings)) {
            Properties properties = new Properties();
            properties.setProperty("mail.smtp.host", DemoMailServer.LOOPBACK);
            properties.setProperty("mail.smtp.port", Integer.toString(settings.smtpPort()));
            Session session = Session.getInstance(properties);
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress("alerts@cardvault.test"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("misty@example.org"));
            message.setSubject("Price alert");
            message.setText("Starmie crossed your price.");
            Transport.send(message);

            assertThat(subjectsIn(session, "imap", settings.imapPort(), "misty@example.org")).containsExactly("Price alert");
            assertThat(subjectsIn(session, "pop3", settings.pop3Port(), "misty@example.org")).containsExactly("Price alert");
            assertThat(subjectsIn(session, "imap", settings.imapPort(), "brock@example.org")).isEmpty();
        }
    }

    @Test
    void givenSwitchValues_resolve_acceptsOnAndOffOnly() {
        assertThat(DemoMailServerSettings.resolve(" ON ", 3025, 3143, 3110).enabled()).isTrue();
        assertThat(DemoMailServerSettings.resolve("off", 3025, 3143, 3110).enabled()).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> DemoMailServerSettings.resolve("yes", 3025, 3143, 3110))
                .withMessageContaining("CARDVAULT_MAIL_DEMO_SERVER");
        assertThatIllegalArgumentException().isThrownBy(() -> DemoMailServerSettings.resolve("on", 3025, 3025, 3110));
    }

    private static List<String> subjectsIn(Session session, String protocol, int port, String user) throws Exception {
        Store store = session.getStore(protocol);
        store.connect(DemoMailServer.LOOPBACK, port, user, "any password at all");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<String> subjects = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    subjects.add(message.getSubject());
                }
                return subjects;
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
