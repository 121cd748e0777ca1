/**
 * The upload side of every upload route: {@link io.cardvault.adapter.in.rest.upload.UploadParts}
 * finds a form's file part; {@link io.cardvault.adapter.in.rest.upload.ImageUploads} reads an
 * image's bytes under the cap of {@link io.cardvault.domain.shared.ImageUploadGuard} and applies it,
 * before any decoder sees them. Recognition and listing photos use it now; avatars and scan photos
 * are to use the same.
 */
package io.cardvault.adapter.in.rest.upload;
