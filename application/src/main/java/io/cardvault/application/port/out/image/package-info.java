/**
 * Values exchanged with the image out-ports: an upload after sanitizing, and a listing photo as
 * the photo store keeps it (content-addressed name, format, bytes).
 */
package io.cardvault.application.port.out.image;
