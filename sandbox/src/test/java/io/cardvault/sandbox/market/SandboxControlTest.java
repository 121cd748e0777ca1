package io.cardvault.sandbox.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.account.AccessDeniedException;
import io.cardvault.application.port.in.account.ApiCaller;
import io.cardvault.application.port.in.account.CheckAccessUseCase;
import io.cardvault.domain.account.AccessRequirement;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.price.PriceSource;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SandboxControlTest {

    private static final CheckAccessUseCase NOBODY = new CheckAccessUseCase() {
        @Override
        public void requireForSession(AccountId account, AccessRequirement requirement) {
            throw new AccessDeniedException(requirement);
        }

        @Override
        public void requireForKey(ApiCaller caller, AccessRequirement requirement) {
            throw new AccessDeniedException(requirement);
        }
    };

    @Test
    void every_route_that_acts_on_the_store_is_a_control_route_and_no_file_route_is() {
        List<String> control = Arrays.stream(SandboxMarketResource.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(SandboxControl.class)).map(Method::getName).sorted().toList();
        assertThat(control).containsExactly("backfill", "ingest", "move", "store", "takeSnapshot");
    }

    @Test
    void the_default_admits_nobody_without_credentials_and_loopback_only_loopback_peers() {
        assertThat(SandboxControlAccess.parse("admin").admitsWithoutCredentials("127.0.0.1")).isFalse();
        assertThat(SandboxControlAccess.parse("").admitsWithoutCredentials("127.0.0.1")).isFalse();
        SandboxControlAccess loopback = SandboxControlAccess.parse(" Loopback ");
        assertThat(loopback.admitsWithoutCredentials("127.0.0.1")).isTrue();
        assertThat(loopback.admitsWithoutCredentials("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(loopback.admitsWithoutCredentials("192.0.2.7")).isFalse();
        assertThat(loopback.admitsWithoutCredentials("10.0.0.1")).isFalse();
        assertThat(loopback.admitsWithoutCredentials(null)).isFalse();
        assertThatThrownBy(() -> SandboxControlAccess.parse("anyone")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("admin or loopback");
    }

    @Test
    void a_control_route_meets_the_admin_gate_unless_a_loopback_peer_is_let_through() throws IOException {
        AtomicInteger adminChecks = new AtomicInteger();
        ContainerRequestFilter admin = request -> adminChecks.incrementAndGet();
        new SandboxControlFeature.Gate(SandboxControlAccess.parse("loopback"), admin, () -> "127.0.0.1").filter(null);
        assertThat(adminChecks).hasValue(0);
        new SandboxControlFeature.Gate(SandboxControlAccess.parse("loopback"), admin, () -> "192.0.2.7").filter(null);
        new SandboxControlFeature.Gate(SandboxControlAccess.parse("admin"), admin, () -> "127.0.0.1").filter(null);
        assertThat(adminChecks).hasValue(2);
    }

    @Test
    void the_feature_gates_the_control_routes_only_and_none_while_the_sandbox_is_off() throws NoSuchMethodException {
        Method ingest = SandboxMarketResource.class.getMethod("ingest", String.class, java.time.LocalDate.class, boolean.class,
                String.class, boolean.class);
        Method file = SandboxMarketResource.class.getMethod("tcgcsvCategories", String.class);
        DynamicFeature on = new SandboxControlFeature(NOBODY, "on", "admin", null);
        assertThat(gatesFor(on, ingest)).isEqualTo(1);
        assertThat(gatesFor(on, file)).isZero();
        assertThat(gatesFor(new SandboxControlFeature(NOBODY, "off", "admin", null), ingest)).isZero();
    }

    private static int gatesFor(DynamicFeature feature, Method method) {
        ResourceInfo info = (ResourceInfo) Proxy.newProxyInstance(SandboxControlTest.class.getClassLoader(),
                new Class<?>[] {ResourceInfo.class}, (proxy, m, args) -> "getResourceMethod".equals(m.getName())
                        ? method : method.getDeclaringClass());
        List<Object> registered = new ArrayList<>();
        FeatureContext context = (FeatureContext) Proxy.newProxyInstance(SandboxControlTest.class.getClassLoader(),
                new Class<?>[] {FeatureContext.class}, (proxy, m, args) -> {
                    if ("register".equals(m.getName()) && args[0] instanceof SandboxControlFeature.Gate gate) {
                        registered.add(gate);
                    }
                    return proxy;
                });
        feature.configure(info, context);
        return registered.size();
    }

    @Test
    void the_sandboxs_test_files_come_from_the_configured_url_and_exist_only_when_it_is_a_sandbox() {
        SandboxUpstreams upstreams = new SandboxUpstreams(Map.of(
                PriceSource.CARDMARKET, "http://127.0.0.1:9080/sandbox/cardmarket/",
                PriceSource.TCGCSV, "https://tcgcsv.com",
                PriceSource.PRICECHARTING, "not a url"));
        assertThat(upstreams.scoped(PriceSource.CARDMARKET, "broken/"))
                .contains(URI.create("http://127.0.0.1:9080/sandbox/broken/cardmarket"));
        assertThat(upstreams.scoped(PriceSource.CARDMARKET, "sets/cel25,base1/"))
                .contains(URI.create("http://127.0.0.1:9080/sandbox/sets/cel25,base1/cardmarket"));
        // a set id of dots cannot climb out of the sandbox's host
        assertThat(upstreams.scoped(PriceSource.CARDMARKET, "sets/../../").orElseThrow().getAuthority()).isEqualTo("127.0.0.1:9080");
        assertThat(upstreams.scoped(PriceSource.TCGCSV, "down/")).isEmpty();
        assertThat(upstreams.scoped(PriceSource.PRICECHARTING, "showcase/")).isEmpty();
    }

}
