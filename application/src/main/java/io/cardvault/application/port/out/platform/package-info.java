/** Values the platform's status and counter ports exchange. */
package io.cardvault.application.port.out.platform;
