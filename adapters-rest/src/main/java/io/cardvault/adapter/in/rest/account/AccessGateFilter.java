package io.cardvault.adapter.in.rest.account;

import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.application.port.in.account.AccessDeniedException;
import io.cardvault.application.port.in.account.ApiCaller;
import io.cardvault.application.port.in.account.CheckAccessUseCase;
import io.cardvault.application.port.in.account.InvalidCredentialsException;
import io.cardvault.domain.account.AccountId;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Enforces {@link RequiresAccess} after {@link CallerFilter} has identified the caller: the one
 * tier/role gate of the REST API. Other driving adapters (WebSocket) ask
 * {@link CheckAccessUseCase} directly.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION)
public class AccessGateFilter implements ContainerRequestFilter {

    private final CheckAccessUseCase access;

    /** JAX-RS context proxy: the resource method matched for the current request. */
    @Context
    private ResourceInfo resource;

    @Inject
    public AccessGateFilter(CheckAccessUseCase access) {
        this.access = access;
    }

    /** For CDI's client proxy, and public for RESTEasy (see {@link CallerFilter}). */
    public AccessGateFilter() {
        this(null);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<RequiresAccess> gate = gateOf(resource == null ? null : resource.getResourceMethod(),
                resource == null ? null : resource.getResourceClass());
        if (gate.isEmpty()) {
            return;
        }
        AccountId session = (AccountId) request.getProperty(RequestCaller.SESSION_ACCOUNT);
        ApiCaller key = (ApiCaller) request.getProperty(RequestCaller.API_CALLER);
        try {
            if (key != null) {
                access.requireForKey(key, gate.get().value());
            } else if (session != null) {
                access.requireForSession(session, gate.get().value());
            } else {
                request.abortWith(ErrorResponse.of(401, "Not authenticated"));
            }
        } catch (AccessDeniedException denied) {
            request.abortWith(ErrorResponse.of(403, denied.getMessage()));
        } catch (InvalidCredentialsException gone) {
            request.abortWith(ErrorResponse.of(401, gone.getMessage()));
        }
    }

    static Optional<RequiresAccess> gateOf(Method method, Class<?> type) {
        RequiresAccess onMethod = method == null ? null : method.getAnnotation(RequiresAccess.class);
        if (onMethod != null) {
            return Optional.of(onMethod);
        }
        return Optional.ofNullable(type == null ? null : type.getAnnotation(RequiresAccess.class));
    }
}
