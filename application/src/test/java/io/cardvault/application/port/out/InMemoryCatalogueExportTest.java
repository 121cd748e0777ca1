package io.cardvault.application.port.out;

import io.cardvault.application.port.out.bulk.BulkCard;
import io.cardvault.application.port.out.bulk.BulkPrice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The fake obeys the same contract as the JDBC export. */
class InMemoryCatalogueExportTest extends ExportCataloguePortContract {

    private InMemoryCatalogueExport fake;
    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, List<BulkCard.BulkVariant>> variants = new HashMap<>();

    @Override
    protected void freshStore() {
        fake = new InMemoryCatalogueExport();
        names.clear();
        variants.clear();
    }

    @Override
    protected ExportCataloguePort export() {
        return fake;
    }

    @Override
    protected void givenCard(long cardId, String name) {
        names.put(cardId, name);
        variants.put(cardId, new ArrayList<>());
        store(cardId);
    }

    @Override
    protected void givenVariant(long cardId, long variantId, String finish) {
        variants.get(cardId).add(new BulkCard.BulkVariant(variantId, "en", "unlimited", finish, "standard"));
        store(cardId);
    }

    private void store(long cardId) {
        fake.add(new BulkCard(cardId, "pokemon", cardId, "CT", "Set " + cardId, null, "1", "1/1", names.get(cardId), "en", null, null,
                new BulkCard.BulkCrossRefs(null, null, null, null, null, null), variants.get(cardId)));
    }

    @Override
    protected void givenLatestPrice(long cardId, long variantId, String source, String priceType, BigDecimal amount, LocalDate day,
                                    boolean sandbox) {
        fake.add(new BulkPrice(cardId, variantId, source, "eu", priceType, null, null, "EUR", amount, day, sandbox));
    }
}
