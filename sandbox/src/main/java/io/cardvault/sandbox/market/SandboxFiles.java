package io.cardvault.sandbox.market;

import io.cardvault.adapter.out.sources.cardmarket.CardmarketFormat;
import io.cardvault.adapter.out.sources.pricecharting.PriceChartingFormat;
import io.cardvault.adapter.out.sources.tcgcsv.TcgcsvFormat;
import io.cardvault.domain.catalogue.PrintRun;
import io.cardvault.domain.price.PricedVariant;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the three upstream formats, field for field as the real samples in
 * {@code ../shared/data/formats} show them, for the priced variants of the catalogue. The names the
 * parsers read come from their own format classes ({@code CardmarketFormat}, {@code TcgcsvFormat},
 * {@code PriceChartingFormat}); the fields no parser reads are written as the samples show them.
 */
final class SandboxFiles {

    /** Groups of sets TCGplayer has no id for in the catalogue get one from this range (sandbox-only ids). */
    static final long SANDBOX_GROUP_BASE = 1_000_000;
    /** Sandbox PriceCharting ids: the TCGplayer product id shifted into a range of its own. */
    static final long SANDBOX_PRICECHARTING_BASE = 10_000_000;

    private SandboxFiles() {
    }

    static String createdAt(LocalDate day) {
        return day + "T02:44:32+0200";
    }

    /** products_singles_{game}.json: one row per Cardmarket product of the game's cards in the catalogue. */
    static void cardmarketProducts(List<PricedVariant> variants, SandboxGame game, LocalDate day, OutputStream out) {
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartObject().write("version", 1).write(CardmarketFormat.CREATED_AT, createdAt(day))
                    .writeStartArray(CardmarketFormat.PRODUCT_ROWS);
            for (Map.Entry<Long, List<PricedVariant>> product : byCardmarketProduct(variants, game).entrySet()) {
                PricedVariant first = product.getValue().get(0);
                json.writeStartObject().write(CardmarketFormat.PRODUCT_ID, product.getKey())
                        .write("name", first.cardName() + " [" + first.collectorNumber() + "]")
                        .write(CardmarketFormat.CATEGORY_ID, game.cardmarketCategory())
                        .write("categoryName", game.cardmarketCategoryName())
                        .write("idExpansion", first.setId().value()).write("idMetacard", first.cardId().value())
                        .write("dateAdded", "0000-00-00 00:00:00").writeEnd();
            }
            json.writeEnd().writeEnd();
        }
    }

    /**
     * price_guide_{game}.json: plain keys from the product's first non-reverse variant (Magic: its
     * first non-foil one); Pokémon's {@code *-holo} keys from its reverse holo, Magic's {@code *-foil}
     * keys from its first foil variant, as Cardmarket's guides of these games hold them.
     */
    static void cardmarketGuide(List<PricedVariant> variants, SandboxGame game, LocalDate day, OutputStream out) {
        boolean pokemon = game == SandboxGame.POKEMON;
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartObject().write("version", 1).write(CardmarketFormat.CREATED_AT, createdAt(day))
                    .writeStartArray(CardmarketFormat.GUIDE_ROWS);
            for (Map.Entry<Long, List<PricedVariant>> product : byCardmarketProduct(variants, game).entrySet()) {
                PricedVariant plain = null;
                PricedVariant foil = null;
                for (PricedVariant variant : product.getValue()) {
                    if (pokemon ? variant.isReverse() : variant.isFoil()) {
                        foil = foil == null ? variant : foil;
                    } else {
                        plain = plain == null ? variant : plain;
                    }
                }
                json.writeStartObject().write(CardmarketFormat.PRODUCT_ID, product.getKey())
                        .write(CardmarketFormat.CATEGORY_ID, game.cardmarketCategory());
                cardmarketKeys(json, plain, day, "");
                if (foil != null) {
                    cardmarketKeys(json, foil, day, pokemon ? CardmarketFormat.REVERSE_HOLO_SUFFIX : CardmarketFormat.FOIL_SUFFIX);
                }
                json.writeEnd();
            }
            json.writeEnd().writeEnd();
        }
    }

    private static void cardmarketKeys(JsonGenerator json, PricedVariant variant, LocalDate day, String suffix) {
        if (variant == null) {
            for (String key : CardmarketFormat.PRICE_KEYS) {
                json.writeNull(key + suffix);
            }
            return;
        }
        double trend = SandboxPriceModel.eur(variant, day);
        double avg30 = average(variant, day, 30);
        double avg7 = average(variant, day, 7);
        double avg1 = SandboxPriceModel.eur(variant, day.minusDays(1));
        json.write(CardmarketFormat.AVG + suffix, SandboxPriceModel.money((avg1 + trend) / 2 * 1.03))
                .write(CardmarketFormat.LOW + suffix, SandboxPriceModel.money(Math.min(trend, avg7) * 0.55))
                .write(CardmarketFormat.TREND + suffix, SandboxPriceModel.money(trend))
                .write(CardmarketFormat.AVG1 + suffix, SandboxPriceModel.money(avg1))
                .write(CardmarketFormat.AVG7 + suffix, SandboxPriceModel.money(avg7))
                .write(CardmarketFormat.AVG30 + suffix, SandboxPriceModel.money(avg30));
    }

    /** Cardmarket's averages, sampled every few days so a guide stays cheap to write. */
    private static double average(PricedVariant variant, LocalDate day, int days) {
        int step = days >= 30 ? 6 : 2;
        double sum = 0;
        int n = 0;
        for (int back = 0; back < days; back += step) {
            sum += SandboxPriceModel.eur(variant, day.minusDays(back));
            n++;
        }
        return sum / n;
    }

    /** Every game the sandbox quotes, as TCGplayer's categories. */
    static void tcgcsvCategories(OutputStream out) {
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartObject().write("totalItems", SandboxGame.values().length).write(TcgcsvFormat.SUCCESS, true)
                    .writeStartArray(TcgcsvFormat.ERRORS).writeEnd().writeStartArray(TcgcsvFormat.RESULTS);
            for (SandboxGame game : SandboxGame.values()) {
                json.writeStartObject()
                        .write(TcgcsvFormat.CATEGORY_ID, game.tcgplayerCategory()).write(TcgcsvFormat.NAME, game.tcgplayerName())
                        .write("modifiedOn", "2025-11-19T15:58:35.27").write("displayName", game.tcgplayerName())
                        .write("seoCategoryName", game.tcgplayerName()).write("isScannable", true).write("popularity", 576635)
                        .write("isDirect", true).writeEnd();
            }
            json.writeEnd().writeEnd();
        }
    }

    /** The groups of one game's category. */
    static void tcgcsvGroups(List<PricedVariant> variants, SandboxGame game, OutputStream out) {
        Map<Long, List<PricedVariant>> groups = byGroup(variants.stream().filter(game::quotes).toList());
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartObject().write("totalItems", groups.size()).write(TcgcsvFormat.SUCCESS, true)
                    .writeStartArray(TcgcsvFormat.ERRORS).writeEnd().writeStartArray(TcgcsvFormat.RESULTS);
            for (Map.Entry<Long, List<PricedVariant>> group : groups.entrySet()) {
                PricedVariant first = group.getValue().get(0);
                json.writeStartObject().write(TcgcsvFormat.GROUP_ID, group.getKey()).write(TcgcsvFormat.NAME, first.setName())
                        .write("abbreviation", first.setExternalId().toUpperCase(java.util.Locale.ROOT))
                        .write("isSupplemental", false)
                        .write("publishedOn", (first.setReleaseDate() == null ? "2000-01-01" : first.setReleaseDate()) + "T00:00:00")
                        .write("modifiedOn", "2025-12-12T22:37:34.34").write(TcgcsvFormat.CATEGORY_ID, categoryOf(first)).writeEnd();
            }
            json.writeEnd().writeEnd();
        }
    }

    static void tcgcsvProducts(List<PricedVariant> group, OutputStream out) {
        Map<Long, List<PricedVariant>> products = byTcgplayerProduct(group);
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartObject().write("totalItems", products.size()).write(TcgcsvFormat.SUCCESS, true)
                    .writeStartArray(TcgcsvFormat.ERRORS).writeEnd().writeStartArray(TcgcsvFormat.RESULTS);
            for (Map.Entry<Long, List<PricedVariant>> product : products.entrySet()) {
                PricedVariant first = product.getValue().get(0);
                json.writeStartObject().write(TcgcsvFormat.PRODUCT_ID, product.getKey()).write(TcgcsvFormat.NAME, first.cardName())
                        .write("cleanName", first.cardName()).write(TcgcsvFormat.CATEGORY_ID, categoryOf(first))
                        .write(TcgcsvFormat.GROUP_ID, groupId(first))
                        .write("url", "https://www.tcgplayer.com/product/" + product.getKey())
                        .write("modifiedOn", "2025-12-04T15:00:29.8").write("imageCount", 1)
                        .writeStartObject("presaleInfo").write("isPresale", false).writeNull("releasedOn").writeNull("note")
                        .writeEnd().writeStartArray("extendedData")
                        .writeStartObject().write("name", "Number").write("displayName", "Card Number")
                        .write("value", first.collectorNumber()).writeEnd()
                        .writeStartObject().write("name", "Rarity").write("displayName", "Rarity")
                        .write("value", first.rarity() == null ? "" : first.rarity()).writeEnd()
                        .writeEnd().writeEnd();
            }
            json.writeEnd().writeEnd();
        }
    }

    /** A group's prices: one row per product and printing (sub type from the variant's finish). */
    static void tcgcsvPrices(List<PricedVariant> group, LocalDate day, OutputStream out) {
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartObject().write(TcgcsvFormat.SUCCESS, true).writeStartArray(TcgcsvFormat.ERRORS).writeEnd()
                    .writeStartArray(TcgcsvFormat.RESULTS);
            for (Map.Entry<Long, List<PricedVariant>> product : byTcgplayerProduct(group).entrySet()) {
                Map<String, PricedVariant> bySubType = new LinkedHashMap<>();
                product.getValue().forEach(variant -> bySubType.putIfAbsent(subTypeName(variant, product.getValue()), variant));
                for (Map.Entry<String, PricedVariant> printing : bySubType.entrySet()) {
                    double market = SandboxPriceModel.usd(printing.getValue(), day);
                    json.writeStartObject().write(TcgcsvFormat.PRODUCT_ID, product.getKey())
                            .write(TcgcsvFormat.LOW_PRICE, SandboxPriceModel.money(market * 0.78))
                            .write(TcgcsvFormat.MID_PRICE, SandboxPriceModel.money(market * 1.06))
                            .write(TcgcsvFormat.HIGH_PRICE, SandboxPriceModel.money(market * 2.4))
                            .write(TcgcsvFormat.MARKET_PRICE, SandboxPriceModel.money(market));
                    // TCGplayer Direct does not stock everything: about a third of the rows have no direct low
                    if (SandboxPriceModel.unit(product.getKey(), day.toEpochDay()) < 0.35) {
                        json.writeNull(TcgcsvFormat.DIRECT_LOW_PRICE);
                    } else {
                        json.write(TcgcsvFormat.DIRECT_LOW_PRICE, SandboxPriceModel.money(market * 0.93));
                    }
                    json.write(TcgcsvFormat.SUB_TYPE_NAME, printing.getKey()).writeEnd();
                }
            }
            json.writeEnd().writeEnd();
        }
    }

    /** tcgcsv's daily archive layout ({@code <date>/<category>/<group>/prices}) as a zip. */
    static void tcgcsvArchive(List<PricedVariant> variants, LocalDate day, OutputStream out) {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            // a backfill asks for hundreds of archives: fast compression, not small files
            zip.setLevel(Deflater.BEST_SPEED);
            for (Map.Entry<Long, List<PricedVariant>> group : byGroup(variants).entrySet()) {
                zip.putNextEntry(new ZipEntry(TcgcsvFormat.archiveEntry(day, categoryOf(group.getValue().get(0)), group.getKey())));
                ByteArrayOutputStream prices = new ByteArrayOutputStream();
                tcgcsvPrices(group.getValue(), day, prices);
                prices.writeTo(zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * PriceCharting's 27-column guide of its {@code pokemon-cards} category: one row per TCGplayer
     * product of a Pokémon card, priced from its first non-reverse variant.
     */
    static void priceCharting(List<PricedVariant> variants, LocalDate day, OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            csv.printRecord(PriceChartingFormat.HEADER);
            for (Map.Entry<Long, List<PricedVariant>> product
                    : byTcgplayerProduct(variants.stream().filter(SandboxGame.POKEMON::quotes).toList()).entrySet()) {
                PricedVariant variant = product.getValue().stream().filter(v -> !v.isReverse()).findFirst().orElse(null);
                if (variant != null) {
                    csv.printRecord(priceChartingRow(product.getKey(), variant, day));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One product's row, in the header's order; columns it leaves out are empty, as on the real download. */
    private static List<Object> priceChartingRow(long tcgplayerId, PricedVariant variant, LocalDate day) {
        double loose = SandboxPriceModel.usd(variant, day) * 0.97;
        double[] grades = SandboxPriceModel.GRADE_7_8_9_95;
        Map<String, Object> row = new HashMap<>();
        row.put(PriceChartingFormat.ID, SANDBOX_PRICECHARTING_BASE + tcgplayerId);
        row.put(PriceChartingFormat.CONSOLE_NAME, "Pokemon " + variant.setName());
        row.put(PriceChartingFormat.PRODUCT_NAME, variant.cardName() + " #" + variant.collectorNumber());
        row.put(PriceChartingFormat.LOOSE, dollars(loose));
        row.put(PriceChartingFormat.CIB, dollars(loose * grades[0]));
        row.put(PriceChartingFormat.NEW, dollars(loose * grades[1]));
        row.put(PriceChartingFormat.GRADED, dollars(loose * grades[2]));
        row.put(PriceChartingFormat.BOX_ONLY, dollars(loose * grades[3]));
        row.put(PriceChartingFormat.MANUAL_ONLY, dollars(loose * SandboxPriceModel.PSA_10));
        row.put(PriceChartingFormat.BGS_10, dollars(loose * SandboxPriceModel.BGS_10));
        row.put(PriceChartingFormat.CONDITION_17, dollars(loose * SandboxPriceModel.PC17));
        row.put(PriceChartingFormat.CONDITION_18, dollars(loose * SandboxPriceModel.PC18));
        row.put(PriceChartingFormat.RETAIL_LOOSE_BUY, dollars(loose * 0.66));
        row.put(PriceChartingFormat.RETAIL_LOOSE_SELL, dollars(loose * 1.1));
        row.put(PriceChartingFormat.RETAIL_CIB_BUY, dollars(loose * grades[0] * 0.66));
        row.put(PriceChartingFormat.RETAIL_CIB_SELL, dollars(loose * grades[0] * 1.1));
        row.put(PriceChartingFormat.RETAIL_NEW_BUY, dollars(loose * grades[1] * 0.66));
        row.put(PriceChartingFormat.RETAIL_NEW_SELL, dollars(loose * grades[1] * 1.1));
        row.put(PriceChartingFormat.SALES_VOLUME, 1 + (long) (SandboxPriceModel.unit(tcgplayerId, 7) * 3000));
        row.put(PriceChartingFormat.GENRE, "Pokemon Card");
        row.put(PriceChartingFormat.TCG_ID, tcgplayerId);
        row.put(PriceChartingFormat.RELEASE_DATE, variant.setReleaseDate() == null ? "" : variant.setReleaseDate().toString());
        return PriceChartingFormat.HEADER.stream().map(column -> row.getOrDefault(column, "")).toList();
    }

    private static String dollars(double amount) {
        BigDecimal money = SandboxPriceModel.money(amount);
        return "$" + money.toPlainString();
    }

    /**
     * TCGplayer's printing name of a variant among its product's variants. Pokémon's as the sandbox
     * always wrote them ("Normal", "Reverse Holofoil", "Holofoil"); other games' as TCGplayer names
     * them: "Foil", "Foil Etched", and an edition before the finish when the product covers a
     * 1st Edition ("1st Edition Normal", "Unlimited Edition Foil", as Flesh and Blood's products do).
     */
    static String subTypeName(PricedVariant variant, List<PricedVariant> product) {
        if ("pokemon".equals(variant.gameSlug())) {
            return switch (variant.finish()) {
                case "normal" -> "Normal";
                case "reverse_holofoil" -> "Reverse Holofoil";
                default -> "Holofoil";
            };
        }
        String finish = switch (variant.finish()) {
            case "normal" -> "Normal";
            case "etched" -> "Foil Etched";
            default -> "Foil";
        };
        if (variant.printRun() == PrintRun.FIRST_EDITION) {
            return "1st Edition " + finish;
        }
        boolean editions = product.stream().anyMatch(other -> other.printRun() == PrintRun.FIRST_EDITION);
        return editions ? "Unlimited Edition " + finish : finish;
    }

    /** The tcgcsv category of a variant's game (Pokémon's for a game the sandbox does not know). */
    static long categoryOf(PricedVariant variant) {
        return SandboxGame.of(variant).orElse(SandboxGame.POKEMON).tcgplayerCategory();
    }

    static long groupId(PricedVariant variant) {
        return variant.tcgplayerGroupId() != null ? variant.tcgplayerGroupId()
                : SANDBOX_GROUP_BASE + variant.setId().value();
    }

    static Map<Long, List<PricedVariant>> byGroup(List<PricedVariant> variants) {
        Map<Long, List<PricedVariant>> groups = new TreeMap<>();
        for (PricedVariant variant : variants) {
            if (variant.tcgplayerProductId() != null) {
                groups.computeIfAbsent(groupId(variant), id -> new ArrayList<>()).add(variant);
            }
        }
        return groups;
    }

    private static Map<Long, List<PricedVariant>> byCardmarketProduct(List<PricedVariant> variants, SandboxGame game) {
        Map<Long, List<PricedVariant>> products = new TreeMap<>();
        for (PricedVariant variant : variants) {
            if (variant.cardmarketProductId() != null && game.quotes(variant)) {
                products.computeIfAbsent(variant.cardmarketProductId(), id -> new ArrayList<>()).add(variant);
            }
        }
        return products;
    }

    private static Map<Long, List<PricedVariant>> byTcgplayerProduct(List<PricedVariant> variants) {
        Map<Long, List<PricedVariant>> products = new TreeMap<>();
        for (PricedVariant variant : variants) {
            if (variant.tcgplayerProductId() != null) {
                products.computeIfAbsent(variant.tcgplayerProductId(), id -> new ArrayList<>()).add(variant);
            }
        }
        return products;
    }
}
