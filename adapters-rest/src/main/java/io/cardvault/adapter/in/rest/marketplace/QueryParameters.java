package io.cardvault.adapter.in.rest.marketplace;

import io.cardvault.adapter.in.rest.error.FieldError;
import io.cardvault.adapter.in.rest.error.InvalidParameterException;
import io.cardvault.domain.marketplace.InvalidMarketplaceDataException;
import java.util.List;
import java.util.function.Supplier;

/** Query parameters checked by the domain: a refusal is a 422 at the parameter's {@code query} location, not the body's. */
final class QueryParameters {

    private QueryParameters() {
    }

    static <T> T checked(Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidMarketplaceDataException refused) {
            throw new InvalidParameterException(new FieldError(List.of("query", refused.field()), refused.getMessage(),
                    "value_error"));
        }
    }
}
