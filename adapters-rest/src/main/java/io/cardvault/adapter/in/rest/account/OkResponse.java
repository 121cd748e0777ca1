package io.cardvault.adapter.in.rest.account;

/** {@code {"ok": true}}. */
public record OkResponse(boolean ok) {

    static final OkResponse OK = new OkResponse(true);
}
