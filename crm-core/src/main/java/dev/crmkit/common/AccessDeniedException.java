package dev.crmkit.common;

/**
 * The actor may not do what was asked: it is unknown or inactive, it is not an administrator of the tenant, or it
 * acts on something visible to it that only another user may change (another author's comment). Nothing was changed.
 * A record outside the actor's access scope, or in a pipeline it does not use, is never refused here: it is not found,
 * exactly like an unknown id ({@link NotFoundException}), so that no answer tells that it exists.
 */
public final class AccessDeniedException extends CrmException {

    /** The actor's tenant or user does not exist. */
    public static final String UNKNOWN_ACTOR = "access.unknown-actor";

    /** The actor's user is inactive and can do nothing. */
    public static final String INACTIVE_USER = "access.inactive-user";

    /** Only an administrator of the tenant may do this. */
    public static final String ADMIN_REQUIRED = "access.admin-required";

    /**
     * Creates the error.
     *
     * @param code one of the codes of this class (or another {@code access.*} code of the library)
     * @param field the field of the call the refusal concerns, or {@code null}
     * @param args the message arguments
     */
    public AccessDeniedException(String code, String field, Object... args) {
        super(code, field, args, null);
    }
}
