package io.cardvault.adapter.in.rest.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ByteRangeTest {

    @Test
    void single_ranges_are_served_clamped_to_the_file() {
        assertThat(ByteRange.parse("bytes=0-99", 1000)).isEqualTo(new ByteRange.Part(new ByteRange(0, 99)));
        assertThat(ByteRange.parse("bytes=900-", 1000)).isEqualTo(new ByteRange.Part(new ByteRange(900, 999)));
        assertThat(ByteRange.parse("bytes=900-5000", 1000)).isEqualTo(new ByteRange.Part(new ByteRange(900, 999)));
        assertThat(ByteRange.parse("bytes=-10", 1000)).isEqualTo(new ByteRange.Part(new ByteRange(990, 999)));
        assertThat(ByteRange.parse("bytes=-5000", 1000)).isEqualTo(new ByteRange.Part(new ByteRange(0, 999)));
        assertThat(new ByteRange(10, 19).length()).isEqualTo(10);
    }

    @Test
    void no_several_malformed_or_backwards_ranges_mean_the_whole_file() {
        assertThat(ByteRange.parse(null, 1000)).isInstanceOf(ByteRange.Whole.class);
        assertThat(ByteRange.parse("bytes=0-1,5-9", 1000)).isInstanceOf(ByteRange.Whole.class);
        assertThat(ByteRange.parse("items=0-1", 1000)).isInstanceOf(ByteRange.Whole.class);
        assertThat(ByteRange.parse("bytes=-", 1000)).isInstanceOf(ByteRange.Whole.class);
        assertThat(ByteRange.parse("bytes=9-1", 1000)).isInstanceOf(ByteRange.Whole.class);
        assertThat(ByteRange.parse("bytes=99999999999999999999-", 1000)).isInstanceOf(ByteRange.Whole.class);
    }

    @Test
    void a_range_past_the_end_or_an_empty_suffix_is_unsatisfiable() {
        assertThat(ByteRange.parse("bytes=1000-", 1000)).isInstanceOf(ByteRange.Unsatisfiable.class);
        assertThat(ByteRange.parse("bytes=-0", 1000)).isInstanceOf(ByteRange.Unsatisfiable.class);
    }

    @Test
    void gzip_is_accepted_unless_refused_with_a_zero_weight() {
        assertThat(BulkDataResource.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(BulkDataResource.acceptsGzip("deflate, *")).isTrue();
        assertThat(BulkDataResource.acceptsGzip("gzip;q=0.5")).isTrue();
        assertThat(BulkDataResource.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(BulkDataResource.acceptsGzip("identity")).isFalse();
        assertThat(BulkDataResource.acceptsGzip(null)).isFalse();
    }

    @Test
    void if_none_match_wins_over_if_modified_since() {
        Instant modified = Instant.parse("2026-12-07T05:30:00Z");
        String etag = "\"abc\"";

        assertThat(BulkDataResource.notModified("\"abc\"", null, etag, modified)).isTrue();
        assertThat(BulkDataResource.notModified("W/\"abc\"", null, etag, modified)).isTrue();
        assertThat(BulkDataResource.notModified("*", null, etag, modified)).isTrue();
        assertThat(BulkDataResource.notModified("\"other\"", "Mon, 07 Dec 2026 05:30:00 GMT", etag, modified)).isFalse();
        assertThat(BulkDataResource.notModified(null, "Mon, 07 Dec 2026 05:30:00 GMT", etag, modified)).isTrue();
        assertThat(BulkDataResource.notModified(null, "Mon, 07 Dec 2026 05:29:59 GMT", etag, modified)).isFalse();
        assertThat(BulkDataResource.notModified(null, "yesterday", etag, modified)).isFalse();
        assertThat(BulkDataResource.rangeApplies(null, etag, "x")).isTrue();
        assertThat(BulkDataResource.rangeApplies("\"stale\"", etag, "x")).isFalse();
    }
}
