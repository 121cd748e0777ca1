package io.cardvault.adapter.in.rest.account;

import io.cardvault.application.port.in.account.CheckAccessUseCase;
import io.cardvault.domain.account.AccessRequirement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Puts an {@link AccessGate} in front of every resource method carrying {@link RequiresAccess}
 * (on the method, or on its class), once, when the application starts: ungated routes pay nothing.
 */
@Provider
@ApplicationScoped
public class AccessGateFeature implements DynamicFeature {

    private final CheckAccessUseCase access;

    @Inject
    public AccessGateFeature(CheckAccessUseCase access) {
        this.access = access;
    }

    /** For CDI's client proxy, and public for RESTEasy (see {@link CallerFilter}). */
    public AccessGateFeature() {
        this(null);
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        gateOf(resource.getResourceMethod(), resource.getResourceClass())
                .ifPresent(gate -> context.register(new AccessGate(gate.value(), access), Priorities.AUTHORIZATION));
    }

    /**
     * The gate of {@code requirement} as a filter, for a driving adapter that puts it behind a switch
     * of its own (the sandbox's control routes, which an enabled local switch may open to loopback
     * callers); it answers exactly as the annotation's gate does.
     */
    public static ContainerRequestFilter gate(AccessRequirement requirement, CheckAccessUseCase access) {
        return new AccessGate(requirement, access);
    }

    /** The method's gate, else its class's. */
    static Optional<RequiresAccess> gateOf(Method method, Class<?> type) {
        RequiresAccess onMethod = method == null ? null : method.getAnnotation(RequiresAccess.class);
        if (onMethod != null) {
            return Optional.of(onMethod);
        }
        return Optional.ofNullable(type == null ? null : type.getAnnotation(RequiresAccess.class));
    }
}
