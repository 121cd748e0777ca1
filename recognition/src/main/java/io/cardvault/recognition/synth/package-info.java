/**
 * Seeded synthetic phone photos of rendered card faces, for tests and the benchmark: perspective,
 * rotation, scale, cluttered background, blur, glare, white-balance shift, noise, JPEG.
 */
package io.cardvault.recognition.synth;
