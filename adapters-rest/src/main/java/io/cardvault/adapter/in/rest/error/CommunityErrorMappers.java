package io.cardvault.adapter.in.rest.error;

import io.cardvault.application.port.in.community.ForumPostNotFoundException;
import io.cardvault.application.port.in.community.MemberNotFoundException;
import io.cardvault.application.port.in.community.ReportNotFoundException;
import io.cardvault.application.port.in.community.ReportTargetNotFoundException;
import io.cardvault.domain.community.BlockedByUserException;
import io.cardvault.domain.community.CommunityRejection;
import io.cardvault.domain.community.InvalidCommunityDataException;
import io.cardvault.domain.community.ReportNotOpenException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * The community error family: a field breaking its rule is 422 in the validation shape ({@code loc:
 * ["body", field]}); a refusal is {@code {"detail": code, "message": ...}}, 403 when the other user
 * blocked the caller (on a message or a bid), 409 for a decided report, else 400; an unknown user,
 * post, report or report target is 404.
 */
public final class CommunityErrorMappers {

    private CommunityErrorMappers() {
    }

    /** {@code {"detail": code, "message": "..."}}. */
    public record RejectionResponse(String detail, String message) {
    }

    /** 422: the rule's field under {@code body}. */
    @Provider
    public static class InvalidData implements ExceptionMapper<InvalidCommunityDataException> {
        @Override
        public Response toResponse(InvalidCommunityDataException exception) {
            return ValidationErrorResponse.of(List.of(new FieldError(List.of("body", exception.field()),
                    exception.getMessage(), "value_error")));
        }
    }

    /** 403, 409 or 400 by the kind of refusal, the code as the detail. */
    @Provider
    public static class Rejected implements ExceptionMapper<CommunityRejection> {
        @Override
        public Response toResponse(CommunityRejection exception) {
            int status = exception instanceof BlockedByUserException ? 403
                    : exception instanceof ReportNotOpenException ? 409 : 400;
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new RejectionResponse(exception.code(), exception.getMessage())).build();
        }
    }

    /** 404. */
    @Provider
    public static class MemberNotFound implements ExceptionMapper<MemberNotFoundException> {
        @Override
        public Response toResponse(MemberNotFoundException exception) {
            return ErrorResponse.of(404, exception.getMessage());
        }
    }

    /** 404, also for a hidden post. */
    @Provider
    public static class PostNotFound implements ExceptionMapper<ForumPostNotFoundException> {
        @Override
        public Response toResponse(ForumPostNotFoundException exception) {
            return ErrorResponse.of(404, exception.getMessage());
        }
    }

    /** 404. */
    @Provider
    public static class ReportNotFound implements ExceptionMapper<ReportNotFoundException> {
        @Override
        public Response toResponse(ReportNotFoundException exception) {
            return ErrorResponse.of(404, exception.getMessage());
        }
    }

    /** 404, also for a message the reporter is no party of. */
    @Provider
    public static class TargetNotFound implements ExceptionMapper<ReportTargetNotFoundException> {
        @Override
        public Response toResponse(ReportTargetNotFoundException exception) {
            return ErrorResponse.of(404, exception.getMessage());
        }
    }
}
