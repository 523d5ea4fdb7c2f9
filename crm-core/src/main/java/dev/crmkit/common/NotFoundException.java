package dev.crmkit.common;

/**
 * The record does not exist for the actor. An id that belongs to another tenant, to a record outside the actor's access
 * scope (an account of someone else's portfolio or team, and what hangs on it), or to a pipeline the actor does not use
 * (and its cards) is reported exactly like an unknown one, with the same code, field and message, so nothing about
 * records the actor may not see leaks.
 */
public final class NotFoundException extends CrmException {

    private final String entity;
    private final String id;

    /**
     * Creates the error.
     *
     * @param entity the kind of record, as a message key suffix ({@code "user"}, {@code "catalog-entry"}, ...)
     * @param field the field that carried the id
     * @param id the id that was looked up
     */
    public NotFoundException(String entity, String field, Object id) {
        super("not-found", field, new Object[] {new Messages.Key("entity." + entity), String.valueOf(id), field}, null);
        this.entity = entity;
        this.id = String.valueOf(id);
    }

    /**
     * The kind of record that was not found ({@code "user"}, {@code "catalog-entry"}, ...).
     *
     * @return the kind
     */
    public String entity() {
        return entity;
    }

    /**
     * The id that was looked up, as text.
     *
     * @return the id
     */
    public String id() {
        return id;
    }
}
