package dev.crmkit.internal;

import dev.crmkit.access.CrmUser;
import dev.crmkit.account.Account;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.FieldChange;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.StageId;
import dev.crmkit.common.UserId;
import dev.crmkit.event.AccountEvent;
import dev.crmkit.event.AgendaEvent;
import dev.crmkit.event.CardEvent;
import dev.crmkit.event.CaseEvent;
import dev.crmkit.event.ContactEvent;
import dev.crmkit.event.DocumentEvent;
import dev.crmkit.event.DomainEvent;
import dev.crmkit.event.PipelineHistoryEvent;
import dev.crmkit.pipeline.Label;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.Stage;
import dev.crmkit.spi.AccountName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of the stages, labels, users and accounts a use case has loaded, so that the history entries it writes
 * keep the names of the time without asking the store again. A use case notes what it loads; when it wrote a
 * change naming something it never loaded, the missing names are read once per kind before the history is written.
 */
public final class HistoryNames {

    /** Between the ids of a many-valued field; compiled once ({@code String.split(", ")} compiles it on every call). */
    private static final java.util.regex.Pattern SEPARATOR =
            java.util.regex.Pattern.compile(", ", java.util.regex.Pattern.LITERAL);


    /** How the ids in a field's value are named. */
    private enum Kind { STAGE_OR_LABEL, USER, ACCOUNT }

    private final Map<String, String> stagesAndLabels = new HashMap<>();
    private final Map<String, String> stagesInPipelines = new HashMap<>();
    private final Map<String, String> users = new HashMap<>();
    private final Map<String, String> accounts = new HashMap<>();

    /** No names known yet. */
    HistoryNames() {}

    /** Notes the names of a pipeline's stages and labels (a later note of the same pipeline wins). */
    public void pipeline(Pipeline pipeline) {
        if (pipeline != null) {
            for (Stage stage : pipeline.stages()) {
                stagesAndLabels.put(stage.id().toString(), stage.name());
                stagesInPipelines.put(stage.id().toString(), pipeline.name() + " / " + stage.name());
            }
            for (Label label : pipeline.labels()) {
                stagesAndLabels.put(label.id().toString(), label.name());
            }
        }
    }

    /** Notes a user's name. */
    public void user(CrmUser user) {
        if (user != null) {
            users.put(user.id().value(), user.displayName());
        }
    }

    /** Notes an account's name. */
    public void account(Account account) {
        if (account != null) {
            accounts.put(account.id().toString(), account.details().legalName());
        }
    }

    /** Notes an account's name read without the whole account. */
    public void account(AccountId id, String legalName) {
        if (id != null && legalName != null) {
            accounts.put(id.toString(), legalName);
        }
    }

    /** The name of a user, if noted. */
    public String user(UserId id) {
        return id == null ? null : users.get(id.value());
    }

    /** A stage's name after its pipeline's ({@code "Sales / Proposal"}), as a timeline names it, if noted. */
    public String stage(StageId id) {
        return id == null ? null : stagesInPipelines.get(id.toString());
    }

    /**
     * The names a field's value refers to: a stage, labels, users or an account (lists joined by {@code ", "}), or
     * {@code null} when the field holds no reference or none of its ids is named.
     */
    public String nameOf(String field, String value) {
        Kind kind = kindOf(field);
        if (kind == null || value == null) {
            return null;
        }
        Map<String, String> names = names(kind);
        List<String> named = new ArrayList<>();
        boolean any = false;
        for (String id : SEPARATOR.split(value)) {
            String name = names.get(id);
            any |= name != null;
            named.add(name == null ? id : name);
        }
        return any ? String.join(", ", named) : null;
    }

    /**
     * The names of the time a timeline keeps with an event: its stage, and the stages, labels and users its changes
     * refer to, by id (a stage after its pipeline's name). Accounts are left out: the timeline names them on reading,
     * to a reader who sees them.
     */
    Map<String, String> mentioned(DomainEvent event) {
        Map<String, String> named = new HashMap<>();
        if (event instanceof CardEvent.CardCreated created) {
            stage(named, created.stageId());
        } else if (event instanceof CardEvent.CardMoved moved) {
            stage(named, moved.toStageId());
        } else if (event instanceof AccountEvent.ResponsiblesChanged changed) {
            changed.added().forEach(id -> user(named, id));
            changed.removed().forEach(id -> user(named, id));
        }
        for (FieldChange change : changesOf(event)) {
            Kind kind = kindOf(change.field());
            if (kind == null || kind == Kind.ACCOUNT) {
                continue;
            }
            for (String id : idsIn(change)) {
                String name = "stageId".equals(change.field()) ? stagesInPipelines.get(id) : names(kind).get(id);
                if (name != null) {
                    named.put(id, name);
                }
            }
        }
        return named;
    }

    /** The changed fields an event lists, or none. */
    static List<FieldChange> changesOf(DomainEvent event) {
        if (event instanceof PipelineHistoryEvent e) {
            return e.changes();
        } else if (event instanceof AccountEvent.AccountUpdated e) {
            return e.changes();
        } else if (event instanceof ContactEvent.ContactUpdated e) {
            return e.changes();
        } else if (event instanceof DocumentEvent.DocumentUpdated e) {
            return e.changes();
        } else if (event instanceof AgendaEvent.AgendaEntryEdited e) {
            return e.changes();
        } else if (event instanceof CaseEvent e) {
            return e.changes();
        }
        return List.of();
    }

    /** Adds the users the changes refer to (a salesperson, an assignee, ...) to {@code into}. */
    static void usersIn(List<FieldChange> changes, Set<UserId> into) {
        for (FieldChange change : changes) {
            if (kindOf(change.field()) == Kind.USER) {
                idsIn(change).forEach(id -> into.add(new UserId(id)));
            }
        }
    }

    /** The ids a change's old and new values list ({@code ", "} between them), old first. */
    private static List<String> idsIn(FieldChange change) {
        List<String> ids = new ArrayList<>();
        for (String value : new String[] {change.oldValue(), change.newValue()}) {
            if (value != null) {
                ids.addAll(Arrays.asList(SEPARATOR.split(value)));
            }
        }
        return ids;
    }

    private void stage(Map<String, String> named, StageId id) {
        String name = stage(id);
        if (name != null) {
            named.put(id.toString(), name);
        }
    }

    private void user(Map<String, String> named, UserId id) {
        String name = user(id);
        if (name != null) {
            named.put(id.value(), name);
        }
    }

    /**
     * Reads, once per kind, the names the changes refer to that no step of the use case loaded: nothing when the
     * use case loaded them all, which is the usual case.
     *
     * @param changes the changes of the pipelines' histories, by pipeline
     * @param users further users named (responsibles added or removed)
     */
    void loadMissing(Context context, Map<PipelineId, List<FieldChange>> changes, Set<UserId> users) {
        Set<PipelineId> pipelines = new HashSet<>();
        Set<UserId> missingUsers = new HashSet<>();
        Set<AccountId> missingAccounts = new HashSet<>();
        for (UserId user : users) {
            if (!this.users.containsKey(user.value())) {
                missingUsers.add(user);
            }
        }
        changes.forEach((pipelineId, fieldChanges) -> {
            for (FieldChange change : fieldChanges) {
                Kind kind = kindOf(change.field());
                if (kind == null) {
                    continue;
                }
                for (String id : idsIn(change)) {
                    if (names(kind).containsKey(id)
                            && (!"stageId".equals(change.field()) || stagesInPipelines.containsKey(id))) {
                        continue;
                    }
                    switch (kind) {
                        case STAGE_OR_LABEL -> pipelines.add(pipelineId);
                        case USER -> missingUsers.add(new UserId(id));
                        case ACCOUNT -> missingAccounts.add(AccountId.of(id));
                    }
                }
            }
        });
        if (!pipelines.isEmpty()) {
            for (Pipeline pipeline : context.uow.pipelines().findByIds(pipelines)) {
                // Names noted during the use case are the newer ones: only the unknown ids are filled in.
                pipeline.stages().forEach(s -> {
                    stagesAndLabels.putIfAbsent(s.id().toString(), s.name());
                    stagesInPipelines.putIfAbsent(s.id().toString(), pipeline.name() + " / " + s.name());
                });
                pipeline.labels().forEach(l -> stagesAndLabels.putIfAbsent(l.id().toString(), l.name()));
            }
        }
        if (!missingUsers.isEmpty()) {
            context.uow.users().findByIds(missingUsers).forEach(this::user);
        }
        if (!missingAccounts.isEmpty()) {
            for (AccountName name : context.uow.accounts().names(missingAccounts)) {
                accounts.put(name.id().toString(), name.legalName());
            }
        }
    }

    private Map<String, String> names(Kind kind) {
        return switch (kind) {
            case STAGE_OR_LABEL -> stagesAndLabels;
            case USER -> users;
            case ACCOUNT -> accounts;
        };
    }

    private static Kind kindOf(String field) {
        return switch (field) {
            case "stageId", "stages", "labels", "baseCard.labels" -> Kind.STAGE_OR_LABEL;
            case "members", "salespersonId", "users", "baseCard.members", "customer.salespersonId", "taxIdAcceptedBy",
                    "userId", "assigneeId" -> Kind.USER;
            case "accountId" -> Kind.ACCOUNT;
            default -> null;
        };
    }
}
