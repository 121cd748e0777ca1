package io.cardvault.adapter.out.sources.ecb;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.ReadExchangeRatesPort;
import io.cardvault.application.port.out.ReadExchangeRatesPortContract;
import io.cardvault.domain.analytics.EuroReferenceRates;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The upstream's contract on the ECB adapter: each published history is served as an eurofxref
 * document in the ECB's own shape (gesmes envelope, newest day first, rates as attributes) at the
 * URL of the ECB's 90-day history.
 */
class EcbExchangeRatesSourceContractTest extends ReadExchangeRatesPortContract {

    static final String URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist-90d.xml";

    private final List<String> requested = new ArrayList<>();

    @Override
    protected ReadExchangeRatesPort upstreamPublishing(List<EuroReferenceRates> days) {
        String document = eurofxref(days);
        return new EcbExchangeRatesSource(URL, url -> {
            requested.add(url);
            return document;
        });
    }

    @Test
    void aRead_fetchesTheConfiguredDocumentAndNamesItAsTheUpstream() {
        ReadExchangeRatesPort source = upstreamPublishing(PUBLISHED);

        source.read();

        assertThat(requested).containsExactly(URL);
        assertThat(source.upstream()).isEqualTo(URL);
    }

    @Test
    void theBundledDemoDocument_readsAsAHistoryInTheSameFormat() {
        List<EuroReferenceRates> bundled = new EcbExchangeRatesSource(EcbExchangeRatesSource.BUNDLED).read();

        assertThat(bundled).isNotEmpty();
        assertThat(bundled).isSortedAccordingTo(Comparator.comparing(EuroReferenceRates::day));
        assertThat(bundled.get(bundled.size() - 1).perEuro()).containsKey(Currency.getInstance("USD"));
    }

    static String eurofxref(List<EuroReferenceRates> days) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
                \t<gesmes:subject>Reference rates</gesmes:subject>
                \t<gesmes:Sender>
                \t\t<gesmes:name>European Central Bank</gesmes:name>
                \t</gesmes:Sender>
                \t<Cube>
                """);
        List<EuroReferenceRates> newestFirst = days.stream().sorted(Comparator.comparing(EuroReferenceRates::day).reversed()).toList();
        for (EuroReferenceRates day : newestFirst) {
            xml.append("\t\t<Cube time='").append(day.day()).append("'>\n");
            for (Map.Entry<Currency, BigDecimal> rate : day.perEuro().entrySet()) {
                xml.append("\t\t\t<Cube currency='").append(rate.getKey().getCurrencyCode()).append("' rate='")
                        .append(rate.getValue().toPlainString()).append("'/>\n");
            }
            xml.append("\t\t</Cube>\n");
        }
        return xml.append("\t</Cube>\n</gesmes:Envelope>\n").toString();
    }
}
