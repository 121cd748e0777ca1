package io.cardvault.application.port.out.price;

import io.cardvault.application.port.out.catalogue.CatalogueReadFailedException;

/**
 * The price store could not be read. A kind of catalogue read failure on purpose: the v2 contract
 * answers both with 503 {@code csm_data_unavailable}.
 */
public class PriceReadFailedException extends CatalogueReadFailedException {

    private static final long serialVersionUID = 1L;

    public PriceReadFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
