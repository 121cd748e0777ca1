/**
 * The upload side of every image route: {@link io.cardvault.adapter.in.rest.upload.ImageUploads}
 * reads the bytes under the cap of {@link io.cardvault.domain.shared.ImageUploadGuard} and applies it,
 * before any decoder sees them. Recognition photos use it now; avatars, listing photos and scan
 * photos are to use the same.
 */
package io.cardvault.adapter.in.rest.upload;
