/**
 * The community's stores through JPA on the container's transaction-scoped {@code EntityManager}:
 * private messages, forum posts, reports with their moderation trail, and blocks (plain statements:
 * a block is a pair whose key settles duplicates).
 */
package io.cardvault.adapter.out.persistence.community;
