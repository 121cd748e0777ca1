package io.cardvault.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.domain.price.PriceSource;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PriceIngestScheduleTest {

    @Test
    void sandbox_upstreams_get_the_sandboxs_showcase_files_for_the_showcase_only_days() {
        Map<PriceSource, URI> upstreams = PriceIngestSchedule.showcaseUpstreams(Map.of(
                PriceSource.CARDMARKET, "http://127.0.0.1:9480/sandbox/cardmarket",
                PriceSource.TCGCSV, " http://127.0.0.1:9480/sandbox/tcgcsv/ ",
                PriceSource.PRICECHARTING, "http://demo.example/app/sandbox/pricecharting"));

        assertThat(upstreams).containsOnly(
                Map.entry(PriceSource.CARDMARKET, URI.create("http://127.0.0.1:9480/sandbox/showcase/cardmarket")),
                Map.entry(PriceSource.TCGCSV, URI.create("http://127.0.0.1:9480/sandbox/showcase/tcgcsv")),
                Map.entry(PriceSource.PRICECHARTING, URI.create("http://demo.example/app/sandbox/showcase/pricecharting")));
    }

    @Test
    void real_upstreams_and_another_sources_sandbox_path_have_no_showcase_files() {
        Map<PriceSource, URI> upstreams = PriceIngestSchedule.showcaseUpstreams(Map.of(
                PriceSource.CARDMARKET, "https://downloads.s3.cardmarket.com/productCatalog",
                PriceSource.TCGCSV, "https://tcgcsv.com",
                PriceSource.PRICECHARTING, "http://127.0.0.1:9480/sandbox/cardmarket"));

        assertThat(upstreams).isEmpty();
    }

    @Test
    void backfill_retry_pauses_are_whole_seconds_or_none() {
        assertThat(PriceIngestSchedule.pauses("15, 60,180")).containsExactly(Duration.ofSeconds(15),
                Duration.ofMinutes(1), Duration.ofMinutes(3));
        assertThat(PriceIngestSchedule.pauses("none")).isEmpty();
        assertThat(PriceIngestSchedule.pauses(" ")).isEmpty();
        assertThatThrownBy(() -> PriceIngestSchedule.pauses("15,soon"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CARDVAULT_PRICES_BACKFILL_RETRY_SECONDS");
        assertThatThrownBy(() -> PriceIngestSchedule.pauses("-5"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
