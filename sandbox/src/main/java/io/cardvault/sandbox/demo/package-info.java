/**
 * Not production code: the demo run's made-up sellers. On a first start with
 * {@code CARDVAULT_DEMO_SELLERS=on} (the demo run's default), once the catalogue is imported, three
 * clearly-marked demo seller accounts ({@code demo-seller-1…3}) list about ten well-known cards, so the
 * marketplace is not empty; the pages label their listings as demo data. Created once: a seller that
 * exists is left alone on every later start.
 */
package io.cardvault.sandbox.demo;
