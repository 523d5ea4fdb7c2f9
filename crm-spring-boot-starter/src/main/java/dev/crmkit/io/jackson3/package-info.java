/** CRM Kit's values in a Jackson 3 {@code JsonMapper}, written and read by the library's own JSON. */
package dev.crmkit.io.jackson3;
