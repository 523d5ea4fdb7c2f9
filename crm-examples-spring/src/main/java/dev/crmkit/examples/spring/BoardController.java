package dev.crmkit.examples.spring;

import dev.crmkit.Actor;
import dev.crmkit.Crm;
import dev.crmkit.CrmSession;
import dev.crmkit.common.CardId;
import dev.crmkit.common.PipelineId;
import dev.crmkit.pipeline.Board;
import dev.crmkit.pipeline.BoardFilter;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.CreateCard;
import dev.crmkit.pipeline.CreatePipeline;
import dev.crmkit.pipeline.MoveCard;
import dev.crmkit.pipeline.Pipeline;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A sales pipeline over REST: create it and its cards, read the board, move a card. */
@RestController
@RequestMapping("/tenants/{tenant}")
class BoardController {

    private final Crm crm;

    BoardController(Crm crm) {
        this.crm = crm;
    }

    @PostMapping("/pipelines")
    Pipeline createPipeline(@PathVariable String tenant, @RequestHeader("X-User") String user, Locale locale,
            @RequestBody CreatePipeline command) {
        return session(tenant, user, locale).pipelines().create(command);
    }

    @GetMapping("/pipelines/{id}/board")
    Board board(@PathVariable String tenant, @RequestHeader("X-User") String user, Locale locale, @PathVariable String id) {
        return session(tenant, user, locale).cards().board(PipelineId.of(id), BoardFilter.DEFAULT);
    }

    @PostMapping("/cards")
    Card createCard(@PathVariable String tenant, @RequestHeader("X-User") String user, Locale locale,
            @RequestBody CreateCard command) {
        return session(tenant, user, locale).cards().create(command);
    }

    @PostMapping("/cards/{id}/move")
    Card move(@PathVariable String tenant, @RequestHeader("X-User") String user, Locale locale, @PathVariable String id,
            @RequestBody MoveCard command) {
        if (!command.cardId().equals(CardId.of(id))) {
            throw new PathMismatchException(id, command.cardId().toString());
        }
        return session(tenant, user, locale).cards().move(command);
    }

    private CrmSession session(String tenant, String user, Locale locale) {
        return crm.as(Actor.of(tenant, user).withLocale(locale));
    }
}
