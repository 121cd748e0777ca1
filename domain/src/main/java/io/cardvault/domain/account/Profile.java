package io.cardvault.domain.account;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * What a collector shows of themselves: whether their collection (showcase, top cards, recently added,
 * portfolio value, game breakdown) is public, which it is not until they say so, and their avatar, a
 * square WebP already sanitized, with when it was set.
 */
public final class Profile {

    /** The side of an avatar in pixels. */
    public static final int AVATAR_SIDE = 256;

    private final AccountId account;
    private final boolean collectionPublic;
    private final byte[] avatar;
    private final Instant avatarUpdatedAt;

    private Profile(AccountId account, boolean collectionPublic, byte[] avatar, Instant avatarUpdatedAt) {
        this.account = Objects.requireNonNull(account, "account");
        if ((avatar == null) != (avatarUpdatedAt == null) || avatar != null && avatar.length == 0) {
            throw new InvalidAccountDataException("avatar", "an avatar has bytes and a time it was set");
        }
        this.collectionPublic = collectionPublic;
        this.avatar = avatar == null ? null : avatar.clone();
        this.avatarUpdatedAt = avatarUpdatedAt;
    }

    /** The profile of an account that never changed it: private, no avatar. */
    public static Profile fresh(AccountId account) {
        return new Profile(account, false, null, null);
    }

    public static Profile reconstitute(AccountId account, boolean collectionPublic, byte[] avatar, Instant avatarUpdatedAt) {
        return new Profile(account, collectionPublic, avatar, avatarUpdatedAt);
    }

    public Profile showCollection(boolean shown) {
        return new Profile(account, shown, avatar, avatarUpdatedAt);
    }

    public Profile withAvatar(byte[] webp, Instant now) {
        return new Profile(account, collectionPublic, Objects.requireNonNull(webp, "webp"), Objects.requireNonNull(now, "now"));
    }

    public AccountId account() {
        return account;
    }

    public boolean isCollectionPublic() {
        return collectionPublic;
    }

    public Optional<byte[]> avatar() {
        return Optional.ofNullable(avatar).map(byte[]::clone);
    }

    public Optional<Instant> avatarUpdatedAt() {
        return Optional.ofNullable(avatarUpdatedAt);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Profile profile && account.equals(profile.account) && collectionPublic == profile.collectionPublic
                && Arrays.equals(avatar, profile.avatar) && Objects.equals(avatarUpdatedAt, profile.avatarUpdatedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(account, collectionPublic, Arrays.hashCode(avatar), avatarUpdatedAt);
    }
}
