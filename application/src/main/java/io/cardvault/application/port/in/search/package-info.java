/** Use case: find cards by free text in any language, number or set, with filters and pages. */
package io.cardvault.application.port.in.search;
