package io.cardvault.adapter.out.persistence.community;

import io.cardvault.application.port.out.MessageStorePort;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.community.Message;
import io.cardvault.domain.community.MessageFolder;
import io.cardvault.domain.community.MessageId;
import io.cardvault.domain.marketplace.ListingId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Private messages through JPA; the read and hidden flags change by bulk updates limited to the rows they concern. */
@ApplicationScoped
class JpaMessageStore implements MessageStorePort {

    private static final String NEWEST_FIRST = " ORDER BY m.createdAt DESC, m.id DESC";

    private final EntityManager entityManager;

    @Inject
    JpaMessageStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's client proxy only. */
    protected JpaMessageStore() {
        this.entityManager = null;
    }

    @Override
    public Message add(Message message) {
        MessageJpaEntity row = CommunityJpaMapper.toNewEntity(message);
        entityManager.persist(row);
        entityManager.flush(); // assigns the id
        return message.stored(new MessageId(row.id));
    }

    @Override
    public Optional<Message> findById(MessageId id) {
        return Optional.ofNullable(entityManager.find(MessageJpaEntity.class, id.value())).map(CommunityJpaMapper::toDomain);
    }

    @Override
    public List<Message> findInFolder(AccountId owner, MessageFolder folder, Optional<ListingId> listing, int limit) {
        String party = switch (folder) {
            case INBOX -> "m.recipientId = :owner";
            case SENT -> "m.senderId = :owner";
            case ALL -> "(m.recipientId = :owner OR m.senderId = :owner)";
        };
        TypedQuery<MessageJpaEntity> query = entityManager.createQuery("SELECT m FROM MessageJpaEntity m WHERE " + party
                + " AND m.hidden = FALSE" + (listing.isPresent() ? " AND m.listingId = :listing" : "") + NEWEST_FIRST,
                MessageJpaEntity.class).setParameter("owner", owner.value()).setMaxResults(limit);
        listing.ifPresent(id -> query.setParameter("listing", id.value()));
        return query.getResultStream().map(CommunityJpaMapper::toDomain).toList();
    }

    @Override
    public long countUnread(AccountId owner) {
        return entityManager.createQuery("SELECT COUNT(m) FROM MessageJpaEntity m WHERE m.recipientId = :owner"
                        + " AND m.read = FALSE AND m.hidden = FALSE", Long.class)
                .setParameter("owner", owner.value()).getSingleResult();
    }

    @Override
    public List<Message> findBetween(AccountId owner, AccountId other, Optional<ListingId> listing, int limit) {
        TypedQuery<MessageJpaEntity> query = entityManager.createQuery("SELECT m FROM MessageJpaEntity m WHERE"
                + " ((m.senderId = :owner AND m.recipientId = :other) OR (m.senderId = :other AND m.recipientId = :owner))"
                + " AND m.hidden = FALSE" + (listing.isPresent() ? " AND m.listingId = :listing" : "") + NEWEST_FIRST,
                MessageJpaEntity.class).setParameter("owner", owner.value()).setParameter("other", other.value())
                .setMaxResults(limit);
        listing.ifPresent(id -> query.setParameter("listing", id.value()));
        List<Message> oldestFirst = new ArrayList<>(query.getResultStream().map(CommunityJpaMapper::toDomain).toList());
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    @Override
    public int markReadFrom(AccountId owner, AccountId other, Optional<ListingId> listing) {
        var update = entityManager.createQuery("UPDATE MessageJpaEntity m SET m.read = TRUE WHERE m.recipientId = :owner"
                        + " AND m.senderId = :other AND m.read = FALSE AND m.hidden = FALSE"
                        + (listing.isPresent() ? " AND m.listingId = :listing" : ""))
                .setParameter("owner", owner.value()).setParameter("other", other.value());
        listing.ifPresent(id -> update.setParameter("listing", id.value()));
        return update.executeUpdate();
    }

    @Override
    public boolean hide(MessageId id) {
        return entityManager.createQuery("UPDATE MessageJpaEntity m SET m.hidden = TRUE WHERE m.id = :id")
                .setParameter("id", id.value()).executeUpdate() > 0;
    }
}
