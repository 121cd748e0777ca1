package io.cardvault.adapter.in.rest.catalogue;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The v2 routes are public and change only when an import runs: shared caches may keep them 5 minutes. */
final class V2Caching {

    static final String CACHE_CONTROL = "public, max-age=300";

    private V2Caching() {
    }

    static Response cached(Object body) {
        return Response.ok(body).header("Cache-Control", CACHE_CONTROL).build();
    }

    /** An answer already serialised to the contract's JSON. */
    static Response cachedJson(byte[] json) {
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", CACHE_CONTROL).build();
    }
}
