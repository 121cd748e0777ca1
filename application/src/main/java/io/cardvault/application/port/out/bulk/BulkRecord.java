package io.cardvault.application.port.out.bulk;

/** One line of a bulk file: a card or a price. */
public sealed interface BulkRecord permits BulkCard, BulkPrice {
}
