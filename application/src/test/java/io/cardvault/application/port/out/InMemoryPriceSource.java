package io.cardvault.application.port.out;

import io.cardvault.application.port.out.price.FetchOutcome;
import io.cardvault.application.port.out.price.PriceFile;
import io.cardvault.application.port.out.price.PriceFileRequest;
import io.cardvault.application.port.out.price.UpstreamQuote;
import io.cardvault.domain.price.PriceSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An upstream price source in memory: per day, the quotes of its file (hashed by their content, so
 * the same quotes are the same bytes) or the failure a fetch of that day meets. A day with neither is
 * unavailable, as an upstream that has not published yet.
 */
public class InMemoryPriceSource implements FetchPriceFilePort {

    private final PriceSource source;
    private final Map<LocalDate, List<UpstreamQuote>> files = new HashMap<>();
    private final Map<LocalDate, FetchOutcome.Reason> failures = new HashMap<>();
    private final List<PriceFileRequest> requests = new ArrayList<>();

    public InMemoryPriceSource(PriceSource source) {
        this.source = source;
    }

    /** Publishes the file of {@code day}. */
    public synchronized InMemoryPriceSource serve(LocalDate day, List<UpstreamQuote> quotes) {
        files.put(day, List.copyOf(quotes));
        failures.remove(day);
        return this;
    }

    /** Makes every fetch of {@code day} fail for {@code reason}. */
    public synchronized InMemoryPriceSource fail(LocalDate day, FetchOutcome.Reason reason) {
        failures.put(day, reason);
        return this;
    }

    /** Every request so far, in order. */
    public synchronized List<PriceFileRequest> requests() {
        return List.copyOf(requests);
    }

    @Override
    public PriceSource source() {
        return source;
    }

    @Override
    public synchronized FetchOutcome fetch(PriceFileRequest request) {
        requests.add(request);
        String upstream = request.baseUrl().map(Object::toString).orElse("memory:" + source.code()) + "/" + request.day();
        FetchOutcome.Reason failure = failures.get(request.day());
        List<UpstreamQuote> quotes = files.get(request.day());
        if (failure != null || quotes == null) {
            return new FetchOutcome.Failed(upstream, failure == null ? FetchOutcome.Reason.UNAVAILABLE : failure,
                    failure == null ? "no file for " + request.day() : "failing on purpose: " + failure);
        }
        return new FetchOutcome.Fetched(new PriceFile(source, upstream, request.day(), sha1(request.day() + quotes.toString()),
                true, quotes));
    }

    private static byte[] sha1(String content) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(content.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }
}
