package io.cardvault.adapter.out.sources.ecb;

import io.cardvault.application.port.out.ReadExchangeRatesPort;
import io.cardvault.application.port.out.analytics.ExchangeRatesUnavailableException;
import io.cardvault.domain.analytics.EuroReferenceRates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Euro reference rates from {@code CARDVAULT_FX_ECB_URL}: the URL of an eurofxref document (the
 * ECB's {@code …/eurofxref-hist-90d.xml} for 90 days, {@code …/eurofxref-daily.xml} for one), or
 * {@code bundled} (the default) for the deterministic demo document shipped in this module, in the
 * ECB's own format, so a fresh node without internet has rates.
 */
@ApplicationScoped
class EcbExchangeRatesSource implements ReadExchangeRatesPort {

    static final String BUNDLED = "bundled";
    static final String BUNDLED_DOCUMENT = "/ecb/eurofxref-hist-demo.xml";

    private final String url;
    private final UnaryOperator<String> documents;

    @Inject
    EcbExchangeRatesSource(@ConfigProperty(name = "CARDVAULT_FX_ECB_URL", defaultValue = BUNDLED) String url) {
        this(url, EcbExchangeRatesSource::fetch);
    }

    /** Reading the document at {@code url} through {@code documents} (the contract test serves a fixture). */
    EcbExchangeRatesSource(String url, UnaryOperator<String> documents) {
        this.url = url.strip();
        this.documents = documents;
    }

    /** For CDI's client proxy only. */
    protected EcbExchangeRatesSource() {
        this.url = null;
        this.documents = null;
    }

    @Override
    @Retry(maxRetries = 2, delay = 500, abortOn = EcbFormatException.class)
    @Timeout(value = 20, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 60, delayUnit = ChronoUnit.SECONDS)
    @Fallback(EcbUnavailableHandler.class)
    public List<EuroReferenceRates> read() {
        return EcbRatesParser.parse(BUNDLED.equals(url) ? bundled() : documents.apply(url));
    }

    @Override
    public String upstream() {
        return BUNDLED.equals(url) ? "bundled:" + BUNDLED_DOCUMENT : url;
    }

    static String bundled() {
        try (InputStream in = EcbExchangeRatesSource.class.getResourceAsStream(BUNDLED_DOCUMENT)) {
            if (in == null) {
                throw new ExchangeRatesUnavailableException("bundled ECB document missing: " + BUNDLED_DOCUMENT, null);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ExchangeRatesUnavailableException("bundled ECB document unreadable", e);
        }
    }

    private static String fetch(String documentUrl) {
        int slash = documentUrl.lastIndexOf('/');
        URI folder = URI.create(documentUrl.substring(0, slash + 1));
        EcbRatesClient client = RestClientBuilder.newBuilder().baseUri(folder).build(EcbRatesClient.class);
        try {
            return client.document(documentUrl.substring(slash + 1));
        } finally {
            if (client instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception ignored) { // NOPMD: closing a finished client cannot change the answer
                }
            }
        }
    }
}
