package io.cardvault.adapter.in.rest;

import jakarta.json.bind.Jsonb;

/** The application's JSON-B configuration for tests of response shapes in other packages. */
public final class JsonConfigurationAccess {

    private JsonConfigurationAccess() {
    }

    public static Jsonb jsonb() {
        return JsonConfiguration.create();
    }
}
