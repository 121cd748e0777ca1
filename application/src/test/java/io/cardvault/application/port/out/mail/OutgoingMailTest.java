package io.cardvault.application.port.out.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.cardvault.domain.account.EmailAddress;
import org.junit.jupiter.api.Test;

class OutgoingMailTest {

    private static final EmailAddress TO = new EmailAddress("ash@example.org");

    @Test
    void givenSubjectWithLineBreak_construct_isRefusedSoNoHeaderCanBeInjected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OutgoingMail.text(TO, "Alert\r\nBcc: everyone@example.org", "body"))
                .withMessageContaining("one line");
        assertThatIllegalArgumentException().isThrownBy(() -> OutgoingMail.text(TO, "Alert\nX-Evil: 1", "body"));
        assertThatIllegalArgumentException().isThrownBy(() -> OutgoingMail.text(TO, "Alert\u0000", "body"));
    }

    @Test
    void givenSubjectOverTheCap_construct_isRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OutgoingMail.text(TO, "x".repeat(OutgoingMail.MAX_SUBJECT_LENGTH + 1), "body"));
        assertThat(OutgoingMail.text(TO, "x".repeat(OutgoingMail.MAX_SUBJECT_LENGTH), "body").subject())
                .hasSize(OutgoingMail.MAX_SUBJECT_LENGTH);
    }

    @Test
    void givenBodiesOverTheCap_construct_isRefused() {
        String tooLong = "y".repeat(OutgoingMail.MAX_BODY_LENGTH + 1);
        assertThatIllegalArgumentException().isThrownBy(() -> OutgoingMail.text(TO, "s", tooLong));
        assertThatIllegalArgumentException().isThrownBy(() -> OutgoingMail.withHtml(TO, "s", "text", tooLong));
    }

    @Test
    void givenBlankSubjectOrBody_construct_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> OutgoingMail.text(TO, " ", "body"));
        assertThatIllegalArgumentException().isThrownBy(() -> OutgoingMail.text(TO, "s", "\n"));
        assertThatIllegalArgumentException().isThrownBy(() -> OutgoingMail.withHtml(TO, "s", "text", "  "));
    }

    @Test
    void givenMultiLineBodies_construct_keepsThem() {
        OutgoingMail mail = OutgoingMail.withHtml(TO, "Price alert", "line one\nline two", "<p>one</p>\n<p>two</p>");

        assertThat(mail.textBody()).isEqualTo("line one\nline two");
        assertThat(mail.htmlBody()).contains("<p>one</p>\n<p>two</p>");
    }
}
