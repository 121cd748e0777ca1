package io.cardvault.adapter.in.rest.account;

/** An API-key caller reached a route only a signed-in session may use (key management). */
public final class SessionRequiredException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public SessionRequiredException() {
        super("API keys are managed from a signed-in session, not with an API key");
    }
}
