package io.cardvault.it.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.concurrent.Callable;

/**
 * Runs work in a JTA transaction of its own, as a use case would: the contracts call a port method
 * by method, and writes need a transaction. A runtime exception rolls it back and reaches the caller
 * unchanged (a refused duplicate stays a {@code DuplicatePriceAlertException}).
 */
@ApplicationScoped
@Transactional
class InTransaction {

    <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    /** The port with each of its calls in a transaction of its own. */
    static <P> P eachCall(Class<P> port, P adapter, InTransaction transactions) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port},
                (proxy, method, arguments) -> transactions.call(() -> {
                    try {
                        return method.invoke(adapter, arguments);
                    } catch (InvocationTargetException e) {
                        throw unwrapped(e.getCause());
                    }
                })));
    }

    private static RuntimeException unwrapped(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new UndeclaredThrowableException(failure);
    }
}
