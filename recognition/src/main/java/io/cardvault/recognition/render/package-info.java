/**
 * Renders a reference face for every catalogue card from its data (Java2D): the stand-in for
 * scanned card images, which this project does not have. Pokémon faces carry the shared artwork;
 * the other games' faces are text-only, drawn in their game's real layout ({@link
 * io.cardvault.recognition.render.GameLayout}). The layout is shared with the engine, which
 * compares and reads the text regions of a photo where the candidate's game prints them.
 */
package io.cardvault.recognition.render;
