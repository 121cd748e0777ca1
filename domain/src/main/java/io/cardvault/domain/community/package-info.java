/**
 * The community: private messages between traders (optionally about a listing), forum posts
 * (Markdown kept beside its rendered, sanitised HTML), reports of content and users, the moderation
 * of those reports with its audit trail, and blocks one account puts on another.
 */
package io.cardvault.domain.community;
