package io.cardvault.adapter.out.mail;

import io.cardvault.application.port.out.SendMailPortContract.ReceivedMail;
import io.cardvault.domain.account.EmailAddress;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/** Sessions shaped like the server's {@code <mailSession>} (mail.host, mail.smtp.port, mail.from), and the mail GreenMail received. */
final class GreenMailSessions {

    static final String FROM = "alerts@cardvault.test";

    private GreenMailSessions() {
    }

    static Session session(int port) {
        Properties properties = new Properties();
        properties.setProperty("mail.host", "127.0.0.1");
        properties.setProperty("mail.smtp.port", Integer.toString(port));
        properties.setProperty("mail.from", FROM);
        return Session.getInstance(properties);
    }

    /** A loopback port nobody listens on (taken and given back at once). */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ReceivedMail> received(MimeMessage[] all, EmailAddress recipient) {
        return Arrays.stream(all)
                .filter(message -> addressedTo(message, recipient))
                .map(GreenMailSessions::read)
                .toList();
    }

    private static boolean addressedTo(MimeMessage message, EmailAddress recipient) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(address -> address.toString().equalsIgnoreCase(recipient.value()));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ReceivedMail read(MimeMessage message) {
        try {
            String to = message.getRecipients(Message.RecipientType.TO)[0].toString();
            Object content = message.getContent();
            if (content instanceof Multipart parts) {
                String text = null;
                String html = null;
                for (int i = 0; i < parts.getCount(); i++) {
                    BodyPart part = parts.getBodyPart(i);
                    if (part.isMimeType("text/plain")) {
                        text = (String) part.getContent();
                    } else if (part.isMimeType("text/html")) {
                        html = (String) part.getContent();
                    }
                }
                return new ReceivedMail(to, message.getSubject(), text, Optional.ofNullable(html));
            }
            return new ReceivedMail(to, message.getSubject(), (String) content, Optional.empty());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
