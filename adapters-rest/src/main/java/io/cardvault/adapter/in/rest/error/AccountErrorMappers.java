package io.cardvault.adapter.in.rest.error;

import io.cardvault.application.port.in.account.AccessDeniedException;
import io.cardvault.application.port.in.account.ApiKeyLimitReachedException;
import io.cardvault.application.port.in.account.ApiKeyNotFoundException;
import io.cardvault.application.port.in.account.InvalidCredentialsException;
import io.cardvault.application.port.in.account.TooManySignInAttemptsException;
import io.cardvault.application.port.in.account.WrongPasswordException;
import io.cardvault.domain.account.AccountDeletionException;
import io.cardvault.domain.account.DuplicateAccountException;
import io.cardvault.domain.account.InvalidAccountDataException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * The account error family: a field that breaks an account rule is 422 in the validation shape
 * ({@code loc: ["body", field]}); a taken username or email 409; bad credentials 401; a session
 * required where a key was used, a full key quota or a refused tier gate 403; another user's (or no)
 * key 404; a wrong current password or deletion confirmation 400; a throttled sign-in 429.
 */
public final class AccountErrorMappers {

    private AccountErrorMappers() {
    }

    /** 422: the rule's field under {@code body}. */
    @Provider
    public static class InvalidData implements ExceptionMapper<InvalidAccountDataException> {
        @Override
        public Response toResponse(InvalidAccountDataException exception) {
            return ValidationErrorResponse.of(List.of(new FieldError(List.of("body", exception.field()),
                    exception.getMessage(), "value_error")));
        }
    }

    /** 409. */
    @Provider
    public static class Duplicate implements ExceptionMapper<DuplicateAccountException> {
        @Override
        public Response toResponse(DuplicateAccountException exception) {
            return ErrorResponse.of(409, exception.getMessage());
        }
    }

    /** 401 with {@code WWW-Authenticate}, as HTTP asks. */
    @Provider
    public static class InvalidCredentials implements ExceptionMapper<InvalidCredentialsException> {
        @Override
        public Response toResponse(InvalidCredentialsException exception) {
            return Response.fromResponse(ErrorResponse.of(401, exception.getMessage()))
                    .header("WWW-Authenticate", "Bearer").build();
        }
    }

    /** 403. */
    @Provider
    public static class KeyLimit implements ExceptionMapper<ApiKeyLimitReachedException> {
        @Override
        public Response toResponse(ApiKeyLimitReachedException exception) {
            return ErrorResponse.of(403, exception.getMessage());
        }
    }

    /** 404. */
    @Provider
    public static class KeyNotFound implements ExceptionMapper<ApiKeyNotFoundException> {
        @Override
        public Response toResponse(ApiKeyNotFoundException exception) {
            return ErrorResponse.of(404, exception.getMessage());
        }
    }

    /** 400: the current password given to confirm a change is wrong (the session is fine, so not 401). */
    @Provider
    public static class WrongPassword implements ExceptionMapper<WrongPasswordException> {
        @Override
        public Response toResponse(WrongPasswordException exception) {
            return ErrorResponse.of(400, exception.getMessage());
        }
    }

    /** 400: a deletion confirmation that does not read {@code DELETE <username>}, or nothing to cancel. */
    @Provider
    public static class Deletion implements ExceptionMapper<AccountDeletionException> {
        @Override
        public Response toResponse(AccountDeletionException exception) {
            return ErrorResponse.of(400, exception.getMessage());
        }
    }

    /** 429 with {@code Retry-After}: the sign-in throttle refused the attempt before checking it. */
    @Provider
    public static class SignInThrottled implements ExceptionMapper<TooManySignInAttemptsException> {
        @Override
        public Response toResponse(TooManySignInAttemptsException exception) {
            return Response.fromResponse(ErrorResponse.of(429, exception.getMessage()))
                    .header("Retry-After", exception.retryAfterSeconds()).build();
        }
    }

    /** 403: a tier or role gate refused a known caller. */
    @Provider
    public static class AccessDenied implements ExceptionMapper<AccessDeniedException> {
        @Override
        public Response toResponse(AccessDeniedException exception) {
            return ErrorResponse.of(403, exception.getMessage());
        }
    }
}
