package dev.crmkit.pipeline;

import dev.crmkit.account.TaxId;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.CommentId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.StageId;
import dev.crmkit.common.Text;
import dev.crmkit.common.UserId;
import dev.crmkit.event.CardEvent;
import dev.crmkit.internal.AccountGuard;
import dev.crmkit.internal.Caller;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.PipelineGuard;
import dev.crmkit.internal.UseCases;
import dev.crmkit.internal.Users;
import dev.crmkit.spi.AccountName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@link Cards#importCards} for one actor: every row checked first, its problems named under {@code cards[i]} and all
 * rows' problems reported together, the references of all rows looked up at once (the accounts by id and by tax id,
 * their scope, their open cards), then every card written in the rows' order, at the end of its stage, each with its
 * {@code CardCreated} event and history as {@link Cards#create} records them. The base card's attachments are not
 * copied: a copy of each file for every imported card is not what a migration wants.
 */
final class CardImportService {

    private final UseCases useCases;
    private final Caller actor;

    CardImportService(UseCases useCases, Caller actor) {
        this.useCases = useCases;
        this.actor = actor;
    }

    /** A row checked, with what it resolved to. */
    private record Row(ImportedCard command, Stage stage, AccountId account) {}

    List<CardId> importCards(ImportCards command) {
        return useCases.write(actor, command, context -> {
            Pipeline pipeline = PipelineGuard.visible(context, command.pipelineId(), "pipelineId");
            InvalidCommandException.Builder problems = InvalidCommandException.builder("ImportCards");
            List<ImportedCard> commands = command.cards();

            // The accounts the rows name, looked up once for all rows.
            Set<String> taxKeys = new HashSet<>();
            for (ImportedCard row : commands) {
                TaxId taxId = taxId(row);
                if (taxId != null && taxId.isValid()) {
                    taxKeys.add(taxId.key());
                }
            }
            Map<String, AccountId> byTaxKey = context.uow.accounts().idsByTaxKey(taxKeys);
            Set<AccountId> named = new HashSet<>(byTaxKey.values());
            commands.forEach(row -> {
                if (row.accountId() != null) {
                    named.add(row.accountId());
                }
            });
            List<AccountName> found = context.uow.accounts().names(named);
            // The history names the accounts as they are now: note them, so it need not read them again.
            found.forEach(name -> context.names.account(name.id(), name.legalName()));
            Predicate<AccountName> sees = AccountGuard.seesAll(context, found, AccountName::responsibles);
            Set<AccountId> visible = new HashSet<>();
            found.stream().filter(sees).forEach(account -> visible.add(account.id()));
            Map<AccountId, String> openCards = context.uow.cards().openCardsOf(pipeline.id(), visible);

            BaseCard base = pipeline.baseCard();
            Map<AccountId, Integer> firstRowOfAccount = new HashMap<>();
            List<Row> rows = new ArrayList<>(commands.size());
            for (int i = 0; i < commands.size(); i++) {
                ImportedCard row = commands.get(i);
                InvalidCommandException.Builder rowProblems = InvalidCommandException.builder("ImportCards");
                Stage stage = row.stageId() == null ? pipeline.stages().get(0) : pipeline.stage(row.stageId()).orElse(null);
                if (stage == null) {
                    rowProblems.add("stageId", "UnknownReference", row.stageId().toString());
                }
                PipelineService.checkLabels(pipeline, rowProblems, "labels", row.labels() == null ? Set.of() : row.labels());
                PipelineService.checkMembers(context, pipeline, rowProblems, "members", row.members() == null ? Set.of() : row.members());
                if (row.salespersonId() != null) {
                    Users.checkUser(context, rowProblems, "salespersonId", row.salespersonId(), null);
                }
                if (row.value() != null && row.value().isNegative()) {
                    rowProblems.add("value.amount", "PositiveOrZero");
                }
                AccountId account = account(row, byTaxKey, visible, rowProblems);
                if (account != null) {
                    String field = row.accountId() != null ? "accountId" : "accountTaxNumber";
                    Integer first = firstRowOfAccount.putIfAbsent(account, i);
                    if (first != null) {
                        rowProblems.add(field, "RepeatedAccount", String.valueOf(first));
                    } else if (openCards.containsKey(account)) {
                        rowProblems.add(field, "AccountHasOpenCard", openCards.get(account));
                    }
                }
                problems.addAll("cards[" + i + "]", rowProblems);
                rows.add(new Row(row, stage, account));
            }
            problems.throwIfAny();

            // Positions: each stage's end read once, then keys counting up in the rows' order.
            Map<StageId, Integer> perStage = new LinkedHashMap<>();
            rows.forEach(row -> perStage.merge(row.stage().id(), 1, Integer::sum));
            Map<StageId, java.util.Iterator<String>> positions = new HashMap<>();
            perStage.forEach((stage, count) -> positions.put(stage, PositionKeys.appended(
                    context.uow.cards().lastPosition(pipeline.id(), stage).orElse(null), count).iterator()));

            List<Card> cards = new ArrayList<>(rows.size());
            for (Row row : rows) {
                ImportedCard c = row.command();
                List<Comment> comments = new ArrayList<>();
                for (BaseComment comment : base.comments()) {
                    comments.add(new Comment(CommentId.newId(), comment.author(), comment.text(), context.now, null));
                }
                cards.add(Card.builder().id(CardId.newId()).pipelineId(pipeline.id())
                        .stageId(row.stage().id()).position(positions.get(row.stage().id()).next()).name(c.name().strip())
                        .description(c.description() == null ? base.description() : Text.trimToNull(c.description()))
                        .labels(union(base.labels(), c.labels())).members(union(base.members(), c.members()))
                        .salespersonId(c.salespersonId()).value(c.value()).expectedCloseDate(c.expectedCloseDate())
                        .accountId(row.account()).comments(comments).attachments(List.of()).createdBy(context.user.id())
                        .createdAt(context.now).updatedAt(context.now).build());
            }
            // All cards in one call: a store writes each of their tables in one batch.
            List<Card> stored = context.uow.cards().insertAll(cards);
            List<CardId> ids = new ArrayList<>(stored.size());
            for (int i = 0; i < stored.size(); i++) {
                Card card = stored.get(i);
                Row row = rows.get(i);
                context.record(new CardEvent.CardCreated(context.meta(), pipeline.id(), card.id(), card.accountId().orElse(null),
                        card.name(), row.stage().id(), PipelineService.fromNothing(card.fields())));
                ids.add(card.id());
            }
            return List.copyOf(ids);
        });
    }

    /** The row's tax id of its account, when it names one (a missing part is the row's problem). */
    private static TaxId taxId(ImportedCard row) {
        return row.accountTaxCountry() == null && row.accountTaxNumber() == null ? null
                : TaxId.of(row.accountTaxCountry(), row.accountTaxNumber());
    }

    /** The row's account, named by id or by tax id (not both); an unknown one, or one outside the scope, is a problem. */
    private static AccountId account(ImportedCard row, Map<String, AccountId> byTaxKey, Set<AccountId> visible,
            InvalidCommandException.Builder problems) {
        TaxId taxId = taxId(row);
        if (row.accountId() != null && taxId != null) {
            problems.add("accountTaxNumber", "OneAccountReference");
            return null;
        }
        if (row.accountId() != null) {
            if (!visible.contains(row.accountId())) {
                problems.add("accountId", "UnknownReference", row.accountId().toString());
                return null;
            }
            return row.accountId();
        }
        if (taxId != null) {
            if (taxId.country() == null || taxId.country().isEmpty()) {
                problems.add("accountTaxCountry", "NotBlank");
                return null;
            }
            if (taxId.number() == null || !taxId.isValid()) {
                problems.add("accountTaxNumber", "InvalidFormat");
                return null;
            }
            AccountId id = byTaxKey.get(taxId.key());
            if (id == null || !visible.contains(id)) {
                problems.add("accountTaxNumber", "UnknownReference", taxId.number());
                return null;
            }
            return id;
        }
        return null;
    }

    private static <T> Set<T> union(Set<T> base, Set<T> more) {
        Set<T> all = new HashSet<>(base);
        if (more != null) {
            all.addAll(more);
        }
        return all;
    }
}
