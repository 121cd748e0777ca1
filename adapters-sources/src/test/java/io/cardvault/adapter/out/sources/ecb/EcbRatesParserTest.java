package io.cardvault.adapter.out.sources.ecb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.domain.analytics.EuroReferenceRates;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ECB's gesmes documents. {@code eurofxref-daily.xml} under test resources is the ECB daily
 * file of 2024-06-28 as published; the bundled demo adds the ECB day 2015-02-12 in the
 * history files' layout (several dated cubes, newest first).
 */
class EcbRatesParserTest {

    @Test
    void the_daily_document_holds_one_day_of_thirty_rates() throws IOException {
        List<EuroReferenceRates> days = EcbRatesParser.parse(resource("/ecb/eurofxref-daily.xml"));

        assertThat(days).hasSize(1);
        EuroReferenceRates day = days.get(0);
        assertThat(day.day()).isEqualTo(LocalDate.of(2024, 6, 28));
        assertThat(day.perEuro()).hasSize(30);
        assertThat(day.perEuro(Currency.getInstance("USD"))).contains(new BigDecimal("1.0705"));
        assertThat(day.perEuro(Currency.getInstance("JPY"))).contains(new BigDecimal("171.94"));
        assertThat(day.rate(Currency.getInstance("USD"), Currency.getInstance("EUR"))).contains(new BigDecimal("0.934143"));
    }

    @Test
    void the_bundled_history_is_read_oldest_day_first() {
        List<EuroReferenceRates> days = EcbRatesParser.parse(EcbExchangeRatesSource.bundled());

        assertThat(days).extracting(EuroReferenceRates::day).containsExactly(LocalDate.of(2015, 2, 12), LocalDate.of(2024, 6, 28));
        assertThat(days.get(0).perEuro(Currency.getInstance("RUB"))).contains(new BigDecimal("75.2935"));
        assertThat(days.get(1).perEuro(Currency.getInstance("RUB"))).isEmpty();
    }

    @Test
    void a_document_of_another_shape_is_rejected() {
        assertThatThrownBy(() -> EcbRatesParser.parse("<html><body>Service unavailable</body></html>"))
                .isInstanceOf(EcbFormatException.class);
        assertThatThrownBy(() -> EcbRatesParser.parse("not xml")).isInstanceOf(EcbFormatException.class);
    }

    @Test
    void a_rate_that_is_not_a_number_rejects_the_document() {
        String broken = """
                <gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
                <Cube><Cube time='2024-06-28'><Cube currency='USD' rate='N/A'/></Cube></Cube></gesmes:Envelope>""";

        assertThatThrownBy(() -> EcbRatesParser.parse(broken)).isInstanceOf(EcbFormatException.class).hasMessageContaining("USD");
    }

    @Test
    void a_doctype_is_refused() {
        String withEntity = """
                <?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
                <gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
                <Cube><Cube time='2024-06-28'><Cube currency='USD' rate='&e;'/></Cube></Cube></gesmes:Envelope>""";

        assertThatThrownBy(() -> EcbRatesParser.parse(withEntity)).isInstanceOf(RuntimeException.class);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = EcbRatesParserTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
