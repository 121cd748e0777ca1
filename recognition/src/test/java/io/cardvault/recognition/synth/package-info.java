/**
 * Test material, never in the WAR: reference cards read straight from the tcgdex dumps, and seeded
 * synthetic phone photos of their rendered faces (perspective, rotation, scale, cluttered
 * background, blur, glare, white-balance shift, noise, JPEG) under a {@link
 * io.cardvault.recognition.synth.CaptureCondition}: framed, clipped by the photo edge, steep
 * angle, thumb, sleeve, neighbouring card, cast shadow and lamp colour, low light, heavy JPEG, or
 * a combination. Published in the recognition test-jar for the integration tests and the
 * recognition benchmark.
 */
package io.cardvault.recognition.synth;
