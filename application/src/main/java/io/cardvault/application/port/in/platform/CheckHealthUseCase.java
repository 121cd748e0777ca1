package io.cardvault.application.port.in.platform;

/** Use case: tell whether this node and the components it depends on are fit to serve. */
public interface CheckHealthUseCase {

    HealthReport check();
}
