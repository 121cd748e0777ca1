package io.cardvault.adapter.in.rest.error;

import io.cardvault.application.port.out.catalogue.CatalogueReadFailedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The catalogue store cannot be read: 503 {@code csm_data_unavailable} with {@code Retry-After}, so clients fall back or retry. */
@Provider
public class CatalogueUnavailableMapper implements ExceptionMapper<CatalogueReadFailedException> {

    private static final Logger LOG = Logger.getLogger(CatalogueUnavailableMapper.class.getName());

    @Override
    public Response toResponse(CatalogueReadFailedException exception) {
        LOG.log(Level.WARNING, "Catalogue unavailable", exception);
        return DataUnavailable.response();
    }
}
