package io.cardvault.application.service.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.in.realtime.ConnectionSlot;
import io.cardvault.application.port.out.InMemoryConnectionSlots;
import org.junit.jupiter.api.Test;

class CloseStreamServiceTest {

    private final InMemoryConnectionSlots slots = new InMemoryConnectionSlots();
    private final CloseStreamService close = new CloseStreamService(slots);

    @Test
    void closing_a_connection_gives_its_holders_slot_back() {
        slots.tryAcquire("key:11", 2);
        slots.tryAcquire("key:11", 2);

        close.close(new ConnectionSlot("key:11"));

        assertThat(slots.held("key:11")).isEqualTo(1);
        assertThat(slots.tryAcquire("key:11", 2)).isTrue();
    }

    @Test
    void closing_twice_never_frees_a_slot_another_connection_of_the_holder_still_uses() {
        slots.tryAcquire("account:2", 5);
        slots.tryAcquire("ip:198.51.100.7", 5);

        close.close(new ConnectionSlot("account:2"));
        close.close(new ConnectionSlot("account:2"));

        assertThat(slots.held("account:2")).isZero();
        assertThat(slots.held("ip:198.51.100.7")).isEqualTo(1);
    }
}
