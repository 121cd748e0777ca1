package io.cardvault.application.port.out.price;

/** How an ingest run ended; stored as its lower-case name in price_ingest_run.status. */
public enum RunStatus {
    /** Written (possibly nothing new). */
    OK,
    /** The same bytes were ingested before: skipped. */
    UNCHANGED,
    /** The file was truncated or malformed and rejected whole. */
    REJECTED,
    /** The upstream was unreachable, kept failing, or its circuit was open. */
    FAILED
}
