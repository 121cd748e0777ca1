package io.cardvault.application.service.price;

/** Settings of the price ingest: whether the configured upstreams are the sandbox market (its runs are labelled so). */
public record PriceIngestPolicy(boolean sandbox) {
}
