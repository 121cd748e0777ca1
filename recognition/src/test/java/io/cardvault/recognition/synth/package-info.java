/**
 * Test material, never in the WAR: reference cards read straight from the tcgdex dumps, and seeded
 * synthetic phone photos of their rendered faces (perspective, rotation, scale, cluttered
 * background, blur, glare, white-balance shift, noise, JPEG). Published in the recognition
 * test-jar for the integration tests and the recognition benchmark.
 */
package io.cardvault.recognition.synth;
