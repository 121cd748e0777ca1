/**
 * The engine's view of a catalogue card: the printed-face facts a reference face is rendered from.
 * The adapter builds them from the catalogue port's printed cards; production code reads no
 * catalogue file itself (the tests' and the benchmark's reader of the tcgdex dumps lives in the
 * test sources, {@code io.cardvault.recognition.synth}).
 */
package io.cardvault.recognition.catalogue;
