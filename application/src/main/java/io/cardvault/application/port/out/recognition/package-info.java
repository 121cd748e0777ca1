/**
 * Values exchanged with the recognition out-port: the photo, the candidates with their score
 * components, the confidence bucket and the capture-quality report.
 */
package io.cardvault.application.port.out.recognition;
