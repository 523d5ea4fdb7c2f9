package dev.crmkit.testkit;

import dev.crmkit.access.AccessScope;
import dev.crmkit.access.CreateUser;
import dev.crmkit.access.CrmUser;
import dev.crmkit.access.UpdateUser;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.UserId;
import java.util.UUID;

/** Builds {@link CreateUser} and {@link UpdateUser} commands: {@code UserTestData.aUser().withScope(TEAM).build()}. */
public final class UserTestData {

    private UserId userId = UserId.of("user-" + UUID.randomUUID());
    private String displayName = "Test User";
    private CatalogEntryId teamId;
    private AccessScope scope = AccessScope.PORTFOLIO;
    private boolean admin;

    private UserTestData() {}

    /** @return a builder of a non-admin {@code PORTFOLIO} user without a team, with a unique id */
    public static UserTestData aUser() {
        return new UserTestData();
    }

    /**
     * @param id the user's id
     * @return this builder
     */
    public UserTestData withId(String id) {
        this.userId = UserId.of(id);
        return this;
    }

    /**
     * @param name the display name
     * @return this builder
     */
    public UserTestData named(String name) {
        this.displayName = name;
        return this;
    }

    /**
     * @param team the team, or {@code null}
     * @return this builder
     */
    public UserTestData inTeam(CatalogEntryId team) {
        this.teamId = team;
        return this;
    }

    /**
     * @param newScope the access scope
     * @return this builder
     */
    public UserTestData withScope(AccessScope newScope) {
        this.scope = newScope;
        return this;
    }

    /** @return this builder, for an administrator */
    public UserTestData asAdmin() {
        this.admin = true;
        return this;
    }

    /** @return the command */
    public CreateUser build() {
        return new CreateUser(userId, displayName, teamId, scope, admin);
    }

    /**
     * An update that keeps everything of a stored user, to be changed with its {@code with...} methods.
     *
     * @param user the stored user
     * @return the update
     */
    public static Update unchanged(CrmUser user) {
        return new Update(new UpdateUser(
                user.id(), user.displayName(), user.teamId().orElse(null), user.scope(), user.admin(), user.version()));
    }

    /**
     * An {@link UpdateUser} being prepared.
     *
     * @param command the command so far
     */
    public record Update(UpdateUser command) {

        /** @return the update without a team */
        public UpdateUser withoutTeam() {
            return new UpdateUser(command.userId(), command.displayName(), null, command.scope(), command.admin(),
                    command.expectedVersion());
        }

        /**
         * @param name the new display name
         * @return the update with the name
         */
        public UpdateUser named(String name) {
            return new UpdateUser(command.userId(), name, command.teamId(), command.scope(), command.admin(),
                    command.expectedVersion());
        }

        /** @return the update as it is */
        public UpdateUser build() {
            return command;
        }
    }
}
