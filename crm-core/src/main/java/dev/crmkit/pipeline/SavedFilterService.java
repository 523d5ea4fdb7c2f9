package dev.crmkit.pipeline;

import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.SavedFilterId;
import dev.crmkit.common.Text;
import dev.crmkit.common.Version;
import dev.crmkit.internal.Caller;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.PipelineGuard;
import dev.crmkit.internal.UseCases;
import java.util.Comparator;
import java.util.List;

/** The board filters an actor saves per pipeline, for {@link PipelineService}: each user sees and changes only their own. */
final class SavedFilterService {

    private final UseCases useCases;
    private final Caller actor;

    SavedFilterService(UseCases useCases, Caller actor) {
        this.useCases = useCases;
        this.actor = actor;
    }

    SavedFilter saveFilter(SaveBoardFilter command) {
        return useCases.writeDelta(actor, command, context -> {
            PipelineGuard.visible(context, command.pipelineId(), "pipelineId");
            BoardService.checkFilter(command.filter(), "filter", "SaveBoardFilter");
            String name = command.name().strip();
            SavedFilter existing = context.uow.savedFilters().findByOwner(command.pipelineId(), context.user.id()).stream()
                    .filter(f -> f.nameKey().equals(Text.key(name))).findFirst().orElse(null);
            if (existing == null) {
                return context.uow.savedFilters().insert(new SavedFilter(SavedFilterId.newId(), command.pipelineId(),
                        context.user.id(), name, command.filter(), context.now, Version.UNSAVED));
            }
            return context.uow.savedFilters().update(new SavedFilter(existing.id(), existing.pipelineId(), existing.owner(), name,
                    command.filter(), context.now, existing.version()));
        });
    }

    List<SavedFilter> savedFilters(PipelineId pipelineId) {
        return useCases.read(actor, context -> {
            PipelineGuard.visible(context, pipelineId, "pipelineId");
            return context.uow.savedFilters().findByOwner(pipelineId, context.user.id()).stream()
                    .sorted(Comparator.comparing((SavedFilter f) -> Text.sortKey(f.name())).thenComparing(SavedFilter::id))
                    .toList();
        });
    }

    BoardFilter applyFilter(SavedFilterId savedFilterId) {
        return useCases.read(actor, context -> ownFilter(context, savedFilterId).filter());
    }

    void deleteFilter(SavedFilterId savedFilterId) {
        useCases.write(actor, context -> {
            context.uow.savedFilters().delete(ownFilter(context, savedFilterId));
            return null;
        });
    }

    BoardFilter clearFilters(PipelineId pipelineId) {
        return useCases.write(actor, context -> {
            PipelineGuard.visible(context, pipelineId, "pipelineId");
            context.uow.savedFilters().findByOwner(pipelineId, context.user.id()).forEach(context.uow.savedFilters()::delete);
            return BoardFilter.DEFAULT;
        });
    }

    /** A filter the actor saved, for a pipeline it still sees; anybody else's, or one of a pipeline it left, is not found. */
    private static SavedFilter ownFilter(Context context, SavedFilterId id) {
        return context.uow.savedFilters().findById(Context.required(id, "savedFilterId"))
                .filter(f -> f.owner().equals(context.user.id()))
                .filter(f -> PipelineGuard.sees(context, f.pipelineId()))
                .orElseThrow(() -> new NotFoundException("saved-filter", "savedFilterId", id));
    }
}
