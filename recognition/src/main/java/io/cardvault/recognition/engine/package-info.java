/**
 * The recognition pipeline: outline detection, rectification, global descriptors and the
 * reference index, ORB + RANSAC verification, text-region comparison, capture quality, and
 * the recognizer that chains them. OpenCV (JavaCPP) types stay inside this package.
 */
package io.cardvault.recognition.engine;
