package io.cardvault.sandbox.market;

import io.cardvault.adapter.in.rest.account.AccessGateFeature;
import io.cardvault.application.port.in.account.CheckAccessUseCase;
import io.cardvault.domain.account.AccessRequirement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gates every {@link SandboxControl} route when the application starts: the administrator gate
 * ({@code @RequiresAccess(ADMIN)}'s own filter: 401 for nobody, 403 for a non-administrator), opened
 * to loopback socket peers when {@code CARDVAULT_SANDBOX_CONTROL=loopback}. These routes make the
 * server fetch upstream files and write millions of rows: anonymous callers from the network must
 * never reach them.
 */
@Provider
@ApplicationScoped
public class SandboxControlFeature implements DynamicFeature {

    private final CheckAccessUseCase access;
    private final boolean sandboxOn;
    private final SandboxControlAccess control;
    private final HttpServletRequest servletRequest;

    /** The servlet request is CDI's built-in proxy to the current one. */
    @Inject
    public SandboxControlFeature(CheckAccessUseCase access, @ConfigProperty(name = "CARDVAULT_SANDBOX_MARKET") String sandbox,
                                 @ConfigProperty(name = "CARDVAULT_SANDBOX_CONTROL") String control,
                                 HttpServletRequest servletRequest) {
        this.access = access;
        this.sandboxOn = SandboxMarketResource.isOn(sandbox);
        this.control = SandboxControlAccess.parse(control);
        this.servletRequest = servletRequest;
    }

    /** For CDI's client proxy, and public for RESTEasy (see {@code CallerFilter}). */
    public SandboxControlFeature() {
        this.access = null;
        this.sandboxOn = false;
        this.control = new SandboxControlAccess(false);
        this.servletRequest = null;
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        // a sandbox that is off answers 404 on every path, these included: no gate to tell them apart
        if (sandboxOn && method != null && method.isAnnotationPresent(SandboxControl.class)) {
            context.register(new Gate(control, AccessGateFeature.gate(AccessRequirement.ADMIN, access),
                    () -> servletRequest == null ? null : servletRequest.getRemoteAddr()), Priorities.AUTHORIZATION);
        }
    }

    /** The administrator gate, skipped for a caller the access setting admits without credentials. */
    record Gate(SandboxControlAccess control, ContainerRequestFilter admin, Supplier<String> peer)
            implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) throws IOException {
            if (!control.admitsWithoutCredentials(peer.get())) {
                admin.filter(request);
            }
        }
    }
}
