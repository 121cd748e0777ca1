/** Services of the notification feed: one per use case of {@code port.in.notification}. */
package io.cardvault.application.service.notification;
