package io.cardvault.adapter.out.persistence.account;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A row of {@code account_profile} (V109): the collection's visibility and the avatar. */
@Entity
@Table(name = "account_profile")
class ProfileJpaEntity {

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(name = "is_collection_public", nullable = false)
    private boolean collectionPublic;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "avatar")
    private byte[] avatar;

    @Column(name = "avatar_updated_at")
    private LocalDateTime avatarUpdatedAt;

    /** For JPA only. */
    protected ProfileJpaEntity() {
    }

    ProfileJpaEntity(long accountId) {
        this.accountId = accountId;
    }

    void write(boolean newCollectionPublic, byte[] newAvatar, LocalDateTime newAvatarUpdatedAt) {
        this.collectionPublic = newCollectionPublic;
        this.avatar = newAvatar;
        this.avatarUpdatedAt = newAvatarUpdatedAt;
    }

    long accountId() {
        return accountId;
    }

    boolean collectionPublic() {
        return collectionPublic;
    }

    byte[] avatar() {
        return avatar;
    }

    LocalDateTime avatarUpdatedAt() {
        return avatarUpdatedAt;
    }
}
