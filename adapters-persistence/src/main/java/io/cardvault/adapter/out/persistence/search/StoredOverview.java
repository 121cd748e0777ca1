package io.cardvault.adapter.out.persistence.search;

import io.cardvault.domain.catalogue.CardImageFacts;
import io.cardvault.domain.catalogue.CardOverview;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A card's overview as one stored value of its index document, so the resolver answers a page
 * from the index alone instead of reading the page's rows again from the database. Each field is
 * written in the record's order, a nullable one after a presence flag; the whole value is a hundred
 * bytes or so, held uncompressed as binary doc values (a page reads it without decompressing a
 * block of neighbours, as stored fields would).
 */
final class StoredOverview {

    private StoredOverview() {
    }

    static byte[] encode(CardOverview card) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(160);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeLong(card.id());
            out.writeLong(card.setId());
            text(out, card.gameSlug());
            text(out, card.name());
            text(out, card.localId());
            text(out, card.collectorNumber());
            text(out, card.rarity());
            text(out, card.category());
            out.writeBoolean(card.hp() != null);
            if (card.hp() != null) {
                out.writeInt(card.hp());
            }
            text(out, card.types());
            text(out, card.stage());
            text(out, card.evolvesFrom());
            text(out, card.illustrator());
            text(out, card.setName());
            text(out, card.setCode());
            out.writeBoolean(card.setReleaseDate() != null);
            if (card.setReleaseDate() != null) {
                out.writeLong(card.setReleaseDate().toEpochDay());
            }
            text(out, card.language());
            CardImageFacts facts = card.imageFacts();
            text(out, facts.catalogue());
            text(out, facts.language());
            text(out, facts.seriesId());
            text(out, facts.setExternalId());
            text(out, facts.localId());
            text(out, facts.scryfallId() == null ? null : facts.scryfallId().toString());
            out.writeBoolean(facts.ygoprodeckId() != null);
            if (facts.ygoprodeckId() != null) {
                out.writeLong(facts.ygoprodeckId());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    static CardOverview decode(byte[] bytes, int offset, int length) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, offset, length))) {
            long id = in.readLong();
            long setId = in.readLong();
            String game = text(in);
            String name = text(in);
            String localId = text(in);
            String collectorNumber = text(in);
            String rarity = text(in);
            String category = text(in);
            Integer hp = in.readBoolean() ? in.readInt() : null;
            String types = text(in);
            String stage = text(in);
            String evolvesFrom = text(in);
            String illustrator = text(in);
            String setName = text(in);
            String setCode = text(in);
            LocalDate released = in.readBoolean() ? LocalDate.ofEpochDay(in.readLong()) : null;
            String language = text(in);
            String catalogue = text(in);
            String factsLanguage = text(in);
            String seriesId = text(in);
            String setExternalId = text(in);
            String factsLocalId = text(in);
            String scryfallId = text(in);
            Long ygoprodeckId = in.readBoolean() ? in.readLong() : null;
            return new CardOverview(id, setId, game, name, localId, collectorNumber, rarity, category, hp, types, stage,
                    evolvesFrom, illustrator, setName, setCode, released, language, new CardImageFacts(catalogue,
                    factsLanguage, seriesId, setExternalId, factsLocalId,
                    scryfallId == null ? null : UUID.fromString(scryfallId), ygoprodeckId));
        } catch (IOException e) {
            throw new UncheckedIOException("stored overview unreadable", e);
        }
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            out.writeUTF(text);
        }
    }

    private static String text(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
