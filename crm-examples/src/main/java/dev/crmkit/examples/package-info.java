/** Host programs that show how to embed CRM Kit, using only its public API. */
package dev.crmkit.examples;
