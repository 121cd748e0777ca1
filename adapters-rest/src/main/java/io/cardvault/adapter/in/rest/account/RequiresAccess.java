package io.cardvault.adapter.in.rest.account;

import io.cardvault.domain.account.AccessRequirement;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a resource method (or every method of a resource class) behind one of the spec's gates:
 * {@code @RequiresAccess(STARTER_PLUS)}, {@code PRO_PLUS} or {@code ADMIN}. {@link AccessGateFeature} and {@link AccessGate}
 * enforce it: nobody signed in is 401, a caller the gate refuses 403 {@code {"detail": …}}.
 * A method's annotation wins over its class's.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresAccess {

    AccessRequirement value();
}
