/**
 * Real-time market events and the topics they travel on: which topics exist ({@code card:<id>},
 * {@code set:<id>}, {@code tcg:<slug>}, {@code market:movers}, {@code marketplace:new},
 * {@code user:<id>}, {@code scan:<session>}), who may read each, and which topics each event is
 * routed to. Events are {@link java.io.Serializable} because they cross from node to node.
 */
package io.cardvault.domain.realtime;
