/** Services of the community's use cases: messages, forum posts, reports, blocks and moderation, one service per use case. */
package io.cardvault.application.service.community;
