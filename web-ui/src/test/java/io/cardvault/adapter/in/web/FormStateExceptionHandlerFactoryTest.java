package io.cardvault.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.adapter.in.web.FormStateExceptionHandlerFactory.Fault;
import jakarta.faces.FacesException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.event.PhaseId;
import org.junit.jupiter.api.Test;

class FormStateExceptionHandlerFactoryTest {

    @Test
    void an_expired_view_however_wrapped_goes_back_to_its_page() {
        assertThat(FormStateExceptionHandlerFactory.classify(
                new FacesException(new ViewExpiredException("View could not be restored", "/en/signin.xhtml")),
                PhaseId.RESTORE_VIEW)).isEqualTo(Fault.EXPIRED);
    }

    @Test
    void a_view_state_that_does_not_decode_is_the_clients_fault() {
        assertThat(FormStateExceptionHandlerFactory.classify(
                new FacesException(new IllegalArgumentException("Illegal base64 character 2d")), PhaseId.RESTORE_VIEW))
                .isEqualTo(Fault.CLIENT);
        // whatever a forged state makes the restore throw, it fails in that phase
        assertThat(FormStateExceptionHandlerFactory.classify(new FacesException("java.io.StreamCorruptedException"),
                PhaseId.RESTORE_VIEW)).isEqualTo(Fault.CLIENT);
        assertThat(FormStateExceptionHandlerFactory.classify(new ProtectedViewException("forged"), PhaseId.RESTORE_VIEW))
                .isEqualTo(Fault.CLIENT);
    }

    @Test
    void a_partial_request_naming_what_is_not_there_is_the_clients_fault() {
        assertThat(FormStateExceptionHandlerFactory.classify(
                new FacesException(new IllegalArgumentException("Component with id: ..%2f not found")), PhaseId.RENDER_RESPONSE))
                .isEqualTo(Fault.CLIENT);
    }

    @Test
    void any_other_failure_after_the_view_was_restored_is_the_servers() {
        assertThat(FormStateExceptionHandlerFactory.classify(new FacesException(new IllegalStateException("bug")),
                PhaseId.INVOKE_APPLICATION)).isEqualTo(Fault.SERVER);
        assertThat(FormStateExceptionHandlerFactory.classify(new NullPointerException(), PhaseId.RENDER_RESPONSE))
                .isEqualTo(Fault.SERVER);
    }

    @Test
    void partial_responses_name_no_class_and_escape_the_address() {
        String error = FormStateExceptionHandlerFactory.partialError("BadRequest", "The form could not be read.");
        assertThat(error).contains("<error-name>BadRequest</error-name>").doesNotContain("Exception").doesNotContain("jakarta.");
        assertThat(FormStateExceptionHandlerFactory.partialRedirect("/en/signin?next=/en/account&x=\"<"))
                .contains("<redirect url=\"/en/signin?next=/en/account&amp;x=&quot;&lt;\">");
    }
}
