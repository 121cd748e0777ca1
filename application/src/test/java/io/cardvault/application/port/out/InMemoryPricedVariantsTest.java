package io.cardvault.application.port.out;

/** The fake keeps the priced-variant listing's contract. */
class InMemoryPricedVariantsTest extends LoadPricedVariantsPortContract {

    private final InMemoryPricedVariants fake = new InMemoryPricedVariants();

    @Override
    protected LoadPricedVariantsPort port() {
        return fake;
    }

    @Override
    protected void givenCard(long cardId, String name, Long cardmarketProductId, Long tcgplayerProductId) {
        fake.givenCard(cardId, "pokemon", name, cardmarketProductId, tcgplayerProductId);
    }

    @Override
    protected void givenVariant(long cardId, long variantId, String printRun, String finish, Long cardmarketProductId,
                                Long tcgplayerProductId) {
        fake.givenVariant(cardId, variantId, printRun, finish, cardmarketProductId, tcgplayerProductId);
    }
}
