package io.cardvault.application.port.in.marketplace;

/**
 * Use case: set an account up as a seller (or change its seller name and country). A blank name or a
 * country that is not ISO-2 is an {@link io.cardvault.domain.account.InvalidAccountDataException}.
 */
public interface SetUpSellerUseCase {

    SellerProfile setUp(SetUpSellerCommand command);
}
