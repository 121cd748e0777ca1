/**
 * Renders a reference face for every catalogue card from its data (Java2D): the stand-in for
 * scanned card images, which this project does not have. The layout is shared with the engine,
 * which compares the text regions of a photo with those of a rendered candidate.
 */
package io.cardvault.recognition.render;
