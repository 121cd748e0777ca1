package io.cardvault.adapter.out.persistence;

import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.CrossReferences;
import io.cardvault.domain.catalogue.Language;
import io.cardvault.domain.catalogue.Stamp;
import io.cardvault.domain.catalogue.Variant;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Maps catalogue values to the columns of {@code V2__catalogue.sql} and computes the fingerprint
 * of what a row holds (its own columns and its child name/dex/legality rows), so an unchanged row is
 * recognised without reading its columns back.
 */
final class CatalogueRows {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");
    private static final char SEPARATOR = '\u0001';

    private CatalogueRows() {
    }

    /** Binds code … tcgplayer_id, series_id, fingerprint (12 parameters from {@code first}). */
    static void bindSet(PreparedStatement statement, int first, CardSet set, byte[] fingerprint) throws SQLException {
        int i = first;
        statement.setString(i++, set.code());
        statement.setString(i++, set.displayName());
        statement.setString(i++, set.series());
        statement.setDate(i++, set.releaseDate() == null ? null : Date.valueOf(set.releaseDate()));
        setInteger(statement, i++, set.officialCount());
        statement.setString(i++, set.language().code());
        statement.setString(i++, set.languages().stream().map(Language::code).collect(Collectors.joining(",")));
        statement.setBoolean(i++, set.promo());
        setLong(statement, i++, set.crossReferences().cardmarketProductId());
        setLong(statement, i++, set.crossReferences().tcgplayerProductId());
        statement.setString(i++, set.seriesId());
        statement.setBytes(i, fingerprint);
    }

    static byte[] fingerprint(CardSet set) {
        return sha1(set.code(), set.names().byLanguage(), set.series(), set.releaseDate(), set.officialCount(), set.language(),
                set.languages(), set.promo(), set.crossReferences(), set.seriesId());
    }

    /** Binds local_id … ravensburger_id, fingerprint (22 parameters from {@code first}). */
    static void bindCard(PreparedStatement statement, int first, Card card, List<Language> preference, byte[] fingerprint)
            throws SQLException {
        int i = first;
        statement.setString(i++, card.number().localId());
        setInteger(statement, i++, numberSort(card.number().localId()));
        statement.setString(i++, card.number().printed());
        statement.setString(i++, card.names().preferred(preference));
        statement.setString(i++, card.facts().category());
        statement.setString(i++, card.facts().rarity());
        setInteger(statement, i++, card.facts().hp());
        statement.setString(i++, card.facts().types().isEmpty() ? null : String.join(",", card.facts().types()));
        statement.setString(i++, card.facts().stage());
        statement.setString(i++, card.facts().evolution().map(names -> names.preferred(preference)).orElse(null));
        statement.setString(i++, card.facts().illustrator());
        i = bindCrossReferences(statement, i, card.crossReferences());
        statement.setBytes(i, fingerprint);
    }

    static byte[] fingerprint(Card card, List<Language> preference) {
        if (card.legalities().isEmpty() && card.traits().isEmpty()) {
            // cards of games without formats keep the fingerprints they had before legalities were stored
            return sha1(card.number(), card.names().byLanguage(), card.names().preferred(preference), card.facts(),
                    card.crossReferences());
        }
        if (card.traits().isEmpty()) {
            return sha1(card.number(), card.names().byLanguage(), card.names().preferred(preference), card.facts(),
                    card.crossReferences(), card.legalities().byFormat());
        }
        // cards with deck traits (V108) are rewritten once, so their card_play_traits row gets written
        return sha1(card.number(), card.names().byLanguage(), card.names().preferred(preference), card.facts(),
                card.crossReferences(), card.legalities().byFormat(), card.traits());
    }

    /** Binds finish … ravensburger_id, fingerprint (16 parameters from {@code first}). */
    static void bindVariant(PreparedStatement statement, int first, Variant variant, byte[] fingerprint) throws SQLException {
        int i = first;
        statement.setString(i++, variant.finish().code());
        statement.setString(i++, variant.foilPattern());
        statement.setString(i++, variant.stamps().isEmpty() ? null
                : variant.stamps().stream().map(Stamp::code).collect(Collectors.joining(",")));
        statement.setString(i++, variant.size());
        statement.setString(i++, variant.label());
        i = bindCrossReferences(statement, i, variant.crossReferences());
        statement.setBytes(i, fingerprint);
    }

    static byte[] fingerprint(Variant variant) {
        return sha1(variant.key(), variant.crossReferences());
    }

    /** The numeric part of a local id ("TG01" → 1, "001" → 1) so sets list 1, 2, 10; null if none. */
    static Integer numberSort(String localId) {
        Matcher digits = DIGITS.matcher(localId);
        return digits.find() ? Integer.valueOf(digits.group()) : null;
    }

    private static int bindCrossReferences(PreparedStatement statement, int first, CrossReferences references) throws SQLException {
        int i = first;
        setLong(statement, i++, references.cardmarketProductId());
        setLong(statement, i++, references.tcgplayerProductId());
        setLong(statement, i++, references.pricechartingId());
        setUuid(statement, i++, references.mtgjsonUuid());
        setUuid(statement, i++, references.scryfallId());
        setLong(statement, i++, references.ygoprodeckId());
        setLong(statement, i++, references.konamiId());
        statement.setString(i++, references.ygoPassword());
        statement.setString(i++, references.dreambornId());
        statement.setString(i++, references.ravensburgerId());
        return i;
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static void setUuid(PreparedStatement statement, int index, UUID value) throws SQLException {
        statement.setString(index, value == null ? null : value.toString());
    }

    private static byte[] sha1(Object... values) {
        StringBuilder text = new StringBuilder();
        for (Object value : values) {
            text.append(Objects.toString(value)).append(SEPARATOR);
        }
        try {
            return MessageDigest.getInstance("SHA-1").digest(text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM provides SHA-1", e);
        }
    }
}
