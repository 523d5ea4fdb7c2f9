package dev.crmkit.common;

/**
 * The input is well-formed but a business rule forbids the operation (for example deleting a catalog entry
 * that is in use, or deactivating the last administrator). Nothing was changed.
 */
public final class RuleViolationException extends CrmException {

    /**
     * Creates the error.
     *
     * @param rule the rule's code, without the {@code rule.} prefix (for example {@code "catalog.entry-in-use"})
     * @param field the field the rule concerns, or {@code null}
     * @param args the message arguments
     */
    public RuleViolationException(String rule, String field, Object... args) {
        super("rule." + rule, field, args, null);
    }
}
