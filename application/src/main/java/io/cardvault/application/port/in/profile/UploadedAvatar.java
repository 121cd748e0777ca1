package io.cardvault.application.port.in.profile;

/** The avatar as stored: where it is served, its size in bytes, its side in pixels and its format. */
public record UploadedAvatar(String url, int size, int width, int height, String format) {
}
