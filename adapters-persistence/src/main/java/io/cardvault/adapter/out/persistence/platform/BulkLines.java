package io.cardvault.adapter.out.persistence.platform;

import io.cardvault.application.port.out.bulk.BulkCard;
import io.cardvault.application.port.out.bulk.BulkPrice;
import io.cardvault.application.port.out.bulk.BulkRecord;

/**
 * The bulk files' line format: one JSON object per record, fields in the v2 API's names, so a line
 * of {@code all_cards} reads like a slim {@code /api/v2/cards/{id}} and one of {@code latest_prices}
 * like a v2 price row with its card and variant.
 */
final class BulkLines {

    private BulkLines() {
    }

    /** The record as one line, without the line break. */
    static void write(BulkRecord record, StringBuilder out) {
        if (record instanceof BulkCard card) {
            card(card, out);
        } else if (record instanceof BulkPrice price) {
            price(price, out);
        } else {
            throw new IllegalArgumentException("no line format for " + record.getClass().getSimpleName());
        }
    }

    private static void card(BulkCard card, StringBuilder out) {
        JsonLine line = new JsonLine(out)
                .text("object", "card")
                .number("id", card.id())
                .text("game", card.game())
                .number("set_id", card.setId())
                .text("set_code", card.setCode())
                .text("set_name", card.setName())
                .date("release_date", card.releaseDate())
                .text("number", card.localId())
                .text("collector_number", card.collectorNumber())
                .text("name", card.name())
                .text("language", card.language())
                .text("rarity", card.rarity())
                .text("card_type", card.category())
                .field("cross_refs");
        BulkCard.BulkCrossRefs refs = card.crossRefs();
        JsonLine crossRefs = new JsonLine(out)
                .number("cardmarket_product_id", refs.cardmarketProductId())
                .number("tcgplayer_product_id", refs.tcgplayerProductId())
                .number("pricecharting_id", refs.pricechartingId())
                .text("mtgjson_uuid", refs.mtgjsonUuid())
                .text("scryfall_id", refs.scryfallId())
                .number("ygoprodeck_id", refs.ygoprodeckId());
        crossRefs.end();
        line.field("variants");
        out.append('[');
        for (int i = 0; i < card.variants().size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            BulkCard.BulkVariant variant = card.variants().get(i);
            new JsonLine(out)
                    .number("id", variant.id())
                    .text("language", variant.language())
                    .text("print_run", variant.printRun())
                    .text("finish", variant.finish())
                    .text("label", variant.label())
                    .end();
        }
        out.append(']');
        line.end();
    }

    private static void price(BulkPrice price, StringBuilder out) {
        new JsonLine(out)
                .text("object", "price")
                .number("card_id", price.cardId())
                .number("variant_id", price.variantId())
                .text("source", price.source())
                .text("region", price.region())
                .text("price_type", price.priceType())
                .text("grading_company", price.gradingCompany())
                .text("grade", price.grade())
                .text("currency", price.currency())
                .decimal("amount", price.amount())
                .date("as_of", price.asOf())
                .flag("sandbox", price.sandbox())
                .end();
    }
}
