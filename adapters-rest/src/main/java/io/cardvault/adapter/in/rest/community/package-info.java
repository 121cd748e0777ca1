/**
 * The community's JSON routes: private messages ({@code /api/messages}, threads, one conversation),
 * the forum ({@code /forum/posts}), reports ({@code /api/reports}) and blocks ({@code /api/blocks/{username}}).
 */
package io.cardvault.adapter.in.rest.community;
