/**
 * {@code /api/cards/recognize…}: multipart photo upload, recognition, outline preview and scan
 * confirmation, with the recognition errors in the contract's {@code {"detail"}} shape.
 */
package io.cardvault.adapter.in.rest.recognition;
