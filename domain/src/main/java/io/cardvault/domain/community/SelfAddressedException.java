package io.cardvault.domain.community;

/** A message to oneself or a block of oneself. Code {@code self_addressed}. */
public final class SelfAddressedException extends CommunityRejection {

    private static final long serialVersionUID = 1L;

    public SelfAddressedException(String message) {
        super("self_addressed", message);
    }
}
