/**
 * Browser origin policy: the CORS allow-list (never {@code *}; credentials only for listed origins)
 * and the origin check that protects cookie-authenticated writes from cross-site forgery.
 */
package io.cardvault.adapter.in.rest.cors;
