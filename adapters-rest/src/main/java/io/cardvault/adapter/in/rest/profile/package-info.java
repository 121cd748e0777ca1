/** Driving adapter for profiles: {@code /me/avatar}, {@code /me/privacy}, {@code /users/{username}} (and its avatar). */
package io.cardvault.adapter.in.rest.profile;
