package io.cardvault.sandbox.market;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a sandbox route that acts on the store (ingest, backfill, snapshot) or reports on it, as
 * opposed to the upstream files the price adapters download: {@link SandboxControlFeature} puts it
 * behind the administrator gate, or, with {@code CARDVAULT_SANDBOX_CONTROL=loopback}, lets loopback
 * callers through without credentials.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface SandboxControl {
}
