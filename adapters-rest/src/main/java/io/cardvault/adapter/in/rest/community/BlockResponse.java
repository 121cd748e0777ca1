package io.cardvault.adapter.in.rest.community;

/** The block's state after the call, and whether the call changed it. */
public record BlockResponse(String username, boolean blocked, boolean changed) {
}
