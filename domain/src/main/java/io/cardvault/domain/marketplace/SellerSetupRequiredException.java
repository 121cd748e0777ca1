package io.cardvault.domain.marketplace;

/** Only an account set up as a seller ({@code POST /seller/setup}) may list cards. Code {@code seller_setup_required}. */
public final class SellerSetupRequiredException extends MarketplaceRejection {

    private static final long serialVersionUID = 1L;

    public SellerSetupRequiredException() {
        super("seller_setup_required", "set up your seller account first (POST /seller/setup)");
    }
}
