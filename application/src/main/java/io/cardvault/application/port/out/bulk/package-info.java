/** Values the bulk-data ports exchange: the records of the bulk files, a draft being written, a stored file. */
package io.cardvault.application.port.out.bulk;
