/**
 * Driving adapter for real time: the developer price stream ({@code /api/v1/stream}) and the
 * general channel ({@code /ws/v1}) over Jakarta WebSocket, fed by cross-node events.
 */
package io.cardvault.adapter.in.websocket;
