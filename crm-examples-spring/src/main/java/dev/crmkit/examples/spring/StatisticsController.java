package dev.crmkit.examples.spring;

import dev.crmkit.Actor;
import dev.crmkit.Crm;
import dev.crmkit.io.StatisticsExport;
import dev.crmkit.report.AgendaListingRow;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The agenda statistics' listing as an XLSX download. The listing is checked (the actor may read it) before the
 * response starts, and read page by page while the spreadsheet streams out.
 */
@RestController
class StatisticsController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Crm crm;

    StatisticsController(Crm crm) {
        this.crm = crm;
    }

    @GetMapping("/tenants/{tenant}/statistics/agenda.xlsx")
    ResponseEntity<StreamingResponseBody> agenda(@PathVariable String tenant, @RequestHeader("X-User") String user,
            Locale locale, @RequestParam LocalDate from, @RequestParam LocalDate to) {
        Iterable<AgendaListingRow> listing = crm.as(Actor.of(tenant, user).withLocale(locale)).reports().agendaListing(from, to);
        StreamingResponseBody body = out -> new StatisticsExport(locale).writeXlsx(listing, out);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("agenda-" + from + "-" + to + ".xlsx").build().toString())
                .body(body);
    }
}
