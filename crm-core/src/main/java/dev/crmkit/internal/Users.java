package dev.crmkit.internal;

import dev.crmkit.access.CrmUser;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.UserId;
import java.util.Objects;

/** Checks of the users a command names, shared by the capabilities that assign users. */
public final class Users {

    /** Refuses a user id that names no user of the tenant, as an unknown id is answered everywhere. */
    public static void requireKnown(Context context, UserId userId) {
        if (!context.user.id().equals(userId)) {
            context.names.user(context.uow.users().findById(userId).orElseThrow(() -> new NotFoundException("user", "userId", userId)));
        }
    }

    /** A user a command names must exist and be active (an inactive one only if it was already there). */
    public static void checkUser(
            Context context, InvalidCommandException.Builder problems, String path, UserId userId, UserId current) {
        // The actor was read when the use case began: no need to read it again.
        CrmUser user = context.user.id().equals(userId) ? context.user : context.uow.users().findById(userId).orElse(null);
        context.names.user(user);
        if (user == null) {
            problems.add(path, "UnknownReference", userId.value());
        } else if (!user.active() && !Objects.equals(userId, current)) {
            problems.add(path, "InactiveReference", user.displayName());
        }
    }

    private Users() {}
}
