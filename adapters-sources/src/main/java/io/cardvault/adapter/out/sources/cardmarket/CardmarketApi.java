package io.cardvault.adapter.out.sources.cardmarket;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Cardmarket's public downloads under {@code https://downloads.s3.cardmarket.com/productCatalog}.
 * {@code date} is not part of Cardmarket's API (it serves today's files only and ignores it); the
 * sandbox market serves that past day's guide.
 */
// public: RestClientBuilder cannot proxy a package-private interface across Liberty's class loaders
@Produces(MediaType.WILDCARD) // files come as whatever the host labels them (JSON, CSV, zip)
@RegisterRestClient(configKey = "cardmarket")
public interface CardmarketApi {

    @GET
    @Path("priceGuide/price_guide_{game}.json")
    Response priceGuide(@PathParam("game") int game, @QueryParam("date") String date);

    @GET
    @Path("productList/products_singles_{game}.json")
    Response products(@PathParam("game") int game, @QueryParam("date") String date);
}
