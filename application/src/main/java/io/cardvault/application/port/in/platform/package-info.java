/** Use cases about the platform itself: whether it and its dependencies are fit to serve. */
package io.cardvault.application.port.in.platform;
