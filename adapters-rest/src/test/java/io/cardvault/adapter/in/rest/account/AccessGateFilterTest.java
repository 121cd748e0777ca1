package io.cardvault.adapter.in.rest.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.account.AccessRequirement;
import org.junit.jupiter.api.Test;

class AccessGateFilterTest {

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

    @Test
    void a_method_gate_wins_over_the_class_gate_and_ungated_routes_stay_open() throws NoSuchMethodException {
        assertThat(AccessGateFilter.gateOf(Gated.class.getMethod("adminOnly"), Gated.class))
                .map(RequiresAccess::value).contains(AccessRequirement.ADMIN);
        assertThat(AccessGateFilter.gateOf(Gated.class.getMethod("inherited"), Gated.class))
                .map(RequiresAccess::value).contains(AccessRequirement.STARTER_PLUS);
        assertThat(AccessGateFilter.gateOf(Open.class.getMethod("free"), Open.class)).isEmpty();
    }
}
