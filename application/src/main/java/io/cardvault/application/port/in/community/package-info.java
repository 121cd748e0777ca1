/**
 * Use cases of the community: sending and reading private messages (folders, threads, one
 * conversation), writing and reading forum posts, reporting content or users, blocking users, and
 * the moderators' queue of open reports with their decisions (hide or dismiss) and audit trail.
 * Administrators are recognised by the driving adapters' existing access gate before they call the
 * moderation use cases.
 */
package io.cardvault.application.port.in.community;
