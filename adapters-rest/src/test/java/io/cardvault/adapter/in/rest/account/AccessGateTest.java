package io.cardvault.adapter.in.rest.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.in.account.AccessDeniedException;
import io.cardvault.application.port.in.account.ApiCaller;
import io.cardvault.application.port.in.account.CheckAccessUseCase;
import io.cardvault.domain.account.AccessRequirement;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.ApiKeyId;
import io.cardvault.domain.account.Tier;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessGateTest {

    @RequiresAccess(AccessRequirement.STARTER_PLUS)
    static class Gated {
        public void inherited() {
        }

        @RequiresAccess(AccessRequirement.ADMIN)
        public void adminOnly() {
        }
    }

    static class Open {
        public void free() {
        }
    }

    /** Admits session users, refuses every key caller below Pro. */
    private static final CheckAccessUseCase ACCESS = new CheckAccessUseCase() {
        @Override
        public void requireForSession(AccountId account, AccessRequirement requirement) {
        }

        @Override
        public void requireForKey(ApiCaller caller, AccessRequirement requirement) {
            if (!caller.keyTier().covers(Tier.PRO)) {
                throw new AccessDeniedException(requirement);
            }
        }
    };

    @Test
    void the_feature_gates_exactly_the_annotated_methods_and_a_method_gate_wins() throws NoSuchMethodException {
        assertThat(gatesRegisteredFor(Gated.class.getMethod("adminOnly"))).containsExactly(AccessRequirement.ADMIN);
        assertThat(gatesRegisteredFor(Gated.class.getMethod("inherited"))).containsExactly(AccessRequirement.STARTER_PLUS);
        assertThat(gatesRegisteredFor(Open.class.getMethod("free"))).isEmpty();
    }

    private static List<AccessRequirement> gatesRegisteredFor(Method method) {
        ResourceInfo info = (ResourceInfo) Proxy.newProxyInstance(AccessGateTest.class.getClassLoader(),
                new Class<?>[] {ResourceInfo.class}, (proxy, m, args) -> "getResourceMethod".equals(m.getName())
                        ? method : method.getDeclaringClass());
        List<AccessRequirement> registered = new ArrayList<>();
        FeatureContext context = (FeatureContext) Proxy.newProxyInstance(AccessGateTest.class.getClassLoader(),
                new Class<?>[] {FeatureContext.class}, (proxy, m, args) -> {
                    if ("register".equals(m.getName()) && args[0] instanceof AccessGate gate) {
                        registered.add(gate.requirement());
                    }
                    return proxy;
                });
        new AccessGateFeature(ACCESS).configure(info, context);
        return registered;
    }

    @Test
    void nobody_signed_in_is_401_a_refused_key_403_with_detail_and_an_admitted_caller_passes() {
        AccessGate gate = new AccessGate(AccessRequirement.PRO_PLUS, ACCESS);
        assertThat(gate.refusal(null, null)).contains(new AccessGate.Refusal(401, "Not authenticated"));
        assertThat(gate.refusal(null, new ApiCaller(new AccountId(1), new ApiKeyId(2), Tier.FREE, Tier.PRO)))
                .contains(new AccessGate.Refusal(403, "This endpoint requires the Pro tier or higher"));
        assertThat(gate.refusal(null, new ApiCaller(new AccountId(1), new ApiKeyId(3), Tier.PRO, Tier.PRO))).isEmpty();
        assertThat(gate.refusal(new AccountId(1), null)).isEmpty();
    }
}
