package io.cardvault.adapter.out.sources.tcgcsv;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * tcgcsv.com's TCGplayer mirror. The live files are JSON per category and group. tcgcsv keeps past
 * days as one {@code prices-<date>.ppmd.7z} archive; the sandbox market serves the same tree
 * ({@code <date>/<category>/<group>/prices}) as a zip, which the JDK reads.
 */
// public: RestClientBuilder cannot proxy a package-private interface across Liberty's class loaders
@Produces(MediaType.WILDCARD) // files come as whatever the host labels them (JSON, CSV, zip)
@RegisterRestClient(configKey = "tcgcsv")
public interface TcgcsvApi {

    @GET
    @Path("tcgplayer/categories")
    Response categories();

    @GET
    @Path("tcgplayer/{category}/groups")
    Response groups(@PathParam("category") long category);

    @GET
    @Path("tcgplayer/{category}/{group}/products")
    Response products(@PathParam("category") long category, @PathParam("group") long group);

    @GET
    @Path("tcgplayer/{category}/{group}/prices")
    Response prices(@PathParam("category") long category, @PathParam("group") long group);

    @GET
    @Path("archive/tcgplayer/prices-{date}.zip")
    Response pricesArchive(@PathParam("date") String date);
}
