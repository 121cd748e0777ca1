package io.cardvault.application.port.out.mail;

import io.cardvault.domain.account.EmailAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * One mail the application composed for one recipient. The application writes both bodies from
 * its own templates, escaping whatever a user typed; the HTML body is optional and the plain-text
 * one always there, so every mail client can show it.
 *
 * <p>The subject is one line: a CR or LF in it would let a value end the header and start another
 * (header injection), so it is refused rather than cleaned.
 */
public record OutgoingMail(EmailAddress to, String subject, String textBody, Optional<String> htmlBody) {

    /** Long enough for any alert's card name and price; mail clients cut far earlier. */
    public static final int MAX_SUBJECT_LENGTH = 200;
    /** A notification mail is a few paragraphs; a body this long is a bug, not a message. */
    public static final int MAX_BODY_LENGTH = 100_000;

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(textBody, "textBody");
        Objects.requireNonNull(htmlBody, "htmlBody");
        if (subject.isBlank()) {
            throw new IllegalArgumentException("a mail needs a subject");
        }
        if (subject.length() > MAX_SUBJECT_LENGTH) {
            throw new IllegalArgumentException("subject longer than " + MAX_SUBJECT_LENGTH + " characters");
        }
        if (subject.chars().anyMatch(c -> c == '\r' || c == '\n' || Character.getType(c) == Character.CONTROL)) {
            throw new IllegalArgumentException("subject must be one line without control characters");
        }
        if (textBody.isBlank()) {
            throw new IllegalArgumentException("a mail needs a plain-text body");
        }
        if (textBody.length() > MAX_BODY_LENGTH) {
            throw new IllegalArgumentException("plain-text body longer than " + MAX_BODY_LENGTH + " characters");
        }
        htmlBody.ifPresent(html -> {
            if (html.isBlank()) {
                throw new IllegalArgumentException("an HTML body, when given, must not be blank");
            }
            if (html.length() > MAX_BODY_LENGTH) {
                throw new IllegalArgumentException("HTML body longer than " + MAX_BODY_LENGTH + " characters");
            }
        });
    }

    /** A plain-text mail. */
    public static OutgoingMail text(EmailAddress to, String subject, String textBody) {
        return new OutgoingMail(to, subject, textBody, Optional.empty());
    }

    /** A mail with both bodies; clients that show HTML pick that one. */
    public static OutgoingMail withHtml(EmailAddress to, String subject, String textBody, String htmlBody) {
        return new OutgoingMail(to, subject, textBody, Optional.of(htmlBody));
    }
}
