/**
 * Reads the catalogue cards the engine indexes (tcgdex JSON lines) into plain records.
 */
package io.cardvault.recognition.catalogue;
