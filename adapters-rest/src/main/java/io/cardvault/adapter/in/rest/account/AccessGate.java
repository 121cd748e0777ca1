package io.cardvault.adapter.in.rest.account;

import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.application.port.in.account.AccessDeniedException;
import io.cardvault.application.port.in.account.ApiCaller;
import io.cardvault.application.port.in.account.CheckAccessUseCase;
import io.cardvault.application.port.in.account.InvalidCredentialsException;
import io.cardvault.domain.account.AccessRequirement;
import io.cardvault.domain.account.AccountId;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.Objects;
import java.util.Optional;

/**
 * One gate on one resource method, run after {@link CallerFilter} identified the caller: nobody
 * signed in is 401, a caller the gate refuses 403 {@code {"detail": …}}. Registered by
 * {@link AccessGateFeature}; other driving adapters (WebSocket) ask {@link CheckAccessUseCase}
 * directly.
 */
final class AccessGate implements ContainerRequestFilter {

    private final AccessRequirement requirement;
    private final CheckAccessUseCase access;

    AccessGate(AccessRequirement requirement, CheckAccessUseCase access) {
        this.requirement = Objects.requireNonNull(requirement, "requirement");
        this.access = Objects.requireNonNull(access, "access");
    }

    /** Why a caller is turned away: the status and the {@code detail}. */
    record Refusal(int status, String detail) {
    }

    @Override
    public void filter(ContainerRequestContext request) {
        refusal((AccountId) request.getProperty(RequestCaller.SESSION_ACCOUNT),
                (ApiCaller) request.getProperty(RequestCaller.API_CALLER))
                .ifPresent(refused -> request.abortWith(ErrorResponse.of(refused.status(), refused.detail())));
    }

    /** The gate's verdict for a caller known by session and/or key (the key wins, as in {@link CallerFilter}). */
    Optional<Refusal> refusal(AccountId session, ApiCaller key) {
        try {
            if (key != null) {
                access.requireForKey(key, requirement);
            } else if (session != null) {
                access.requireForSession(session, requirement);
            } else {
                return Optional.of(new Refusal(401, "Not authenticated"));
            }
            return Optional.empty();
        } catch (AccessDeniedException denied) {
            return Optional.of(new Refusal(403, denied.getMessage()));
        } catch (InvalidCredentialsException gone) {
            return Optional.of(new Refusal(401, gone.getMessage()));
        }
    }

    AccessRequirement requirement() {
        return requirement;
    }
}
