package io.cardvault.adapter.out.mail;

import io.cardvault.application.port.out.mail.MailNotSentException;
import io.cardvault.application.port.out.mail.MailRejectedException;
import io.cardvault.application.port.out.mail.MailServerUnavailableException;
import io.cardvault.application.port.out.mail.OutgoingMail;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * Sends one mail now, over one SMTP connection, and turns every mail-library failure into the
 * port's two failures with a sentence an operator can act on (which setting to check).
 */
final class SmtpMailer {

    /** Without them Jakarta Mail waits forever on a server that accepts the connection and then stalls. */
    static final String CONNECT_TIMEOUT_MILLIS = "10000";
    static final String READ_TIMEOUT_MILLIS = "30000";

    /** An SMTP reply 4xx is transient by definition (RFC 5321 §4.2.1): try again later. */
    private static final Pattern TRANSIENT_REPLY = Pattern.compile("^\\s*4\\d\\d\\b.*", Pattern.DOTALL);
    private static final String CHARSET = StandardCharsets.UTF_8.name();

    private final Session session;
    private final TlsMode tls;
    private final Optional<InternetAddress> from;
    private final String rawFrom;
    private final Clock clock;

    private SmtpMailer(Session session, TlsMode tls, Clock clock) {
        this.session = session;
        this.tls = tls;
        this.clock = clock;
        this.rawFrom = Optional.ofNullable(session.getProperty("mail.from")).orElse("").strip();
        this.from = parseFrom(rawFrom);
    }

    /**
     * A mailer on the server's configured session with the TLS mode laid over it. The session's
     * credentials stay where the server keeps them: the derived session asks the configured one.
     */
    static SmtpMailer over(Session configured, TlsMode tls, Clock clock) {
        Properties properties = new Properties();
        properties.putAll(configured.getProperties());
        properties.putIfAbsent("mail.smtp.connectiontimeout", CONNECT_TIMEOUT_MILLIS);
        properties.putIfAbsent("mail.smtp.timeout", READ_TIMEOUT_MILLIS);
        properties.putIfAbsent("mail.smtp.writetimeout", READ_TIMEOUT_MILLIS);
        tls.applyTo(properties);
        // Jakarta Mail signs in only when told to; the server's session holds the credentials once a user is set
        String user = Optional.ofNullable(properties.getProperty("mail.user")).orElse("").strip();
        properties.setProperty("mail." + tls.protocol() + ".auth", Boolean.toString(!user.isEmpty()));
        Session derived = Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return configured.requestPasswordAuthentication(getRequestingSite(), getRequestingPort(),
                        getRequestingProtocol(), getRequestingPrompt(), getDefaultUserName());
            }
        });
        return new SmtpMailer(derived, tls, clock);
    }

    private static Optional<InternetAddress> parseFrom(String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new InternetAddress(value, true));
        } catch (AddressException e) {
            return Optional.empty();
        }
    }

    /** Where mail goes, for the log: {@code host:port (tls mode)}. */
    String server() {
        String protocol = tls.protocol();
        String host = Optional.ofNullable(session.getProperty("mail." + protocol + ".host"))
                .or(() -> Optional.ofNullable(session.getProperty("mail.host"))).orElse("localhost");
        String port = Optional.ofNullable(session.getProperty("mail." + protocol + ".port"))
                .orElse(tls == TlsMode.TLS ? "465" : "25");
        return host + ":" + port + " (" + tls + ")";
    }

    /** The sender every mail carries, or why there is none. */
    Optional<InternetAddress> from() {
        return from;
    }

    /** Sends the mail and answers its Message-ID. */
    String send(OutgoingMail mail) {
        InternetAddress sender = from.orElseThrow(() -> new MailRejectedException(rawFrom.isEmpty()
                ? "No sender address: set CARDVAULT_MAIL_FROM"
                : "CARDVAULT_MAIL_FROM '" + rawFrom + "' is not a valid address", null));
        try {
            MimeMessage message = compose(mail, sender);
            try (Transport transport = session.getTransport(tls.protocol())) {
                transport.connect();
                transport.sendMessage(message, message.getAllRecipients());
            }
            return message.getMessageID();
        } catch (MessagingException e) {
            throw failure(e);
        }
    }

    private MimeMessage compose(OutgoingMail mail, InternetAddress sender) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(sender);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to().value(), true));
        message.setSubject(mail.subject(), CHARSET);
        message.setSentDate(Date.from(clock.instant()));
        if (mail.htmlBody().isPresent()) {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.textBody(), CHARSET, "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.htmlBody().get(), CHARSET, "html");
            // alternative: the same content twice, the client shows the last one it can render
            MimeMultipart alternative = new MimeMultipart("alternative", text, html);
            message.setContent(alternative);
        } else {
            message.setText(mail.textBody(), CHARSET, "plain");
        }
        message.saveChanges();
        return message;
    }

    private MailNotSentException failure(MessagingException e) {
        String server = server();
        if (e instanceof AuthenticationFailedException) {
            return new MailRejectedException("The mail server " + server
                    + " refused the sign-in; check CARDVAULT_MAIL_USER and CARDVAULT_MAIL_PASSWORD", e);
        }
        Optional<SSLException> tlsFailure = cause(e, SSLException.class);
        if (tlsFailure.isPresent()) {
            return new MailRejectedException("TLS with the mail server " + server + " failed (" + tlsFailure.get().getMessage()
                    + "); check CARDVAULT_MAIL_TLS and the server's certificate", e);
        }
        Optional<IOException> network = cause(e, IOException.class);
        if (network.isPresent()) {
            return new MailServerUnavailableException("The mail server " + server + " could not be reached ("
                    + describe(network.get()) + "); check CARDVAULT_MAIL_HOST and CARDVAULT_MAIL_PORT", e);
        }
        String reply = ownMessage(e);
        if (e instanceof SendFailedException && !TRANSIENT_REPLY.matcher(reply).matches()) {
            return new MailRejectedException("The mail server " + server + " refused the sender or recipient: " + reply, e);
        }
        if (TRANSIENT_REPLY.matcher(reply).matches()) {
            return new MailServerUnavailableException("The mail server " + server + " asked to try later: " + reply, e);
        }
        if (reply.contains("STARTTLS")) {
            return new MailRejectedException("The mail server " + server + " and CARDVAULT_MAIL_TLS disagree about STARTTLS: " + reply, e);
        }
        return new MailRejectedException("The mail server " + server + " refused the mail: " + reply, e);
    }

    private static String describe(IOException network) {
        if (network instanceof UnknownHostException) {
            return "unknown host " + network.getMessage();
        }
        if (network instanceof SocketTimeoutException) {
            return "no answer in time";
        }
        return Optional.ofNullable(network.getMessage()).orElse("connection failed");
    }

    /** The server's reply or the library's sentence, without the nested exception it may append. */
    private static String ownMessage(MessagingException e) {
        String message = Optional.ofNullable(e.getMessage()).orElse("no reason given");
        int nested = message.indexOf(";\n  nested exception is");
        return (nested >= 0 ? message.substring(0, nested) : message).strip();
    }

    private static <T extends Throwable> Optional<T> cause(Throwable failure, Class<T> type) {
        for (Throwable current = failure; current != null; current = next(current)) {
            if (type.isInstance(current)) {
                return Optional.of(type.cast(current));
            }
        }
        return Optional.empty();
    }

    private static Throwable next(Throwable current) {
        Throwable next = current instanceof MessagingException messaging && messaging.getNextException() != null
                ? messaging.getNextException() : current.getCause();
        return next == current ? null : next;
    }
}
