package io.cardvault.sandbox.testing;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Who may use the testing routes: nobody unless switched on, then loopback clients only. */
record TestingAccess(boolean enabled) {

    boolean allows(String clientAddress) {
        if (!enabled || clientAddress == null) {
            return false;
        }
        try {
            // an address literal is parsed, never looked up
            return InetAddress.getByName(clientAddress).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
