package io.cardvault.adapter.in.rest.collection;

import io.cardvault.application.port.in.collection.CardReference;
import io.cardvault.application.port.in.collection.CollectionImportRow;
import io.cardvault.application.port.in.collection.MarketplaceProduct;
import io.cardvault.application.port.in.collection.SetHint;
import io.cardvault.domain.catalogue.Language;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.shared.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** The sample exports under {@code collection-import/} and short ways to write the rows expected from them. */
final class CollectionImportSamples {

    private CollectionImportSamples() {
    }

    static byte[] sample(String name) {
        try (InputStream in = CollectionImportSamples.class.getResourceAsStream("/collection-import/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CollectionImportRow row(int line, CardReference card, MarketplaceProduct product, int quantity,
                                   CardCondition condition, String variantHint, Money pricePaid, Grading grading,
                                   String language) {
        return new CollectionImportRow(line, card, Optional.ofNullable(product), quantity, condition,
                Optional.ofNullable(variantHint), Optional.ofNullable(pricePaid), Optional.ofNullable(grading),
                Optional.ofNullable(language).map(Language::of));
    }

    static CardReference numbered(String setCode, String setName, String number, String name, String game) {
        return new CardReference.BySetAndNumber(SetHint.of(setCode, setName), number, Optional.ofNullable(name),
                Optional.ofNullable(game));
    }

    static CardReference named(String name, String setCode, String setName) {
        return new CardReference.ByNameAndSet(name, SetHint.of(setCode, setName), Optional.empty());
    }

    static MarketplaceProduct tcgplayer(long productId) {
        return new MarketplaceProduct(MarketplaceProduct.Marketplace.TCGPLAYER, productId);
    }

    static MarketplaceProduct cardmarket(long productId) {
        return new MarketplaceProduct(MarketplaceProduct.Marketplace.CARDMARKET, productId);
    }

    static Money money(String amount, String currency) {
        return Money.of(amount, currency);
    }
}
