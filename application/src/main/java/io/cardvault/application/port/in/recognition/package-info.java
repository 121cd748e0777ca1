/**
 * Use cases of card recognition: recognise a card in a photo, preview its outline, confirm a
 * scan (self-learning), and build the recognizer's reference index from the catalogue.
 */
package io.cardvault.application.port.in.recognition;
