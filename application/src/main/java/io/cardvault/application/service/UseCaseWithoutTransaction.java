package io.cardvault.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Stereotype;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one service that implements a use case which touches no transactional resource and
 * sits on every request's path (the limiter check of the admission). It carries no
 * {@code @Transactional}: even {@code NOT_SUPPORTED} makes the container bracket each call in a
 * local transaction containment (begin, clean-up, resume), which the card-detail profile showed
 * as about a tenth of a request's CPU for a call that takes no transaction at all.
 */
@Stereotype
@ApplicationScoped
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface UseCaseWithoutTransaction {
}
