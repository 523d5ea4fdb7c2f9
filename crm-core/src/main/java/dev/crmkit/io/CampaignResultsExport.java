package dev.crmkit.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.crmkit.campaign.Campaign;
import dev.crmkit.campaign.CampaignResults;
import dev.crmkit.campaign.MemberStatus;
import dev.crmkit.campaign.SkipReason;
import dev.crmkit.common.Messages;
import dev.crmkit.common.Money;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a campaign's results as XLSX or CSV: one row per measure (the campaign's name, members, reached, each
 * status, each skip reason, the cards, quotes and orders attributed, the revenue per currency, the conversion rate),
 * labels in the export's language. Texts are neutralised as in {@link StatisticsExport}: a CSV cell a spreadsheet could
 * read as a formula gets a leading apostrophe; an XLSX text cell stays text.
 *
 * <pre>{@code
 * new CampaignResultsExport(Locale.forLanguageTag("pt-BR")).writeCsv(campaign, session.campaigns().results(id), out);
 * }</pre>
 */
public final class CampaignResultsExport {

    private final Locale locale;
    private final CsvMapper csv = new CsvMapper();

    /**
     * An export whose labels are in a language.
     *
     * @param locale the labels' language
     */
    public CampaignResultsExport(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        csv.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    }

    /** One measure: its label and its value, a text or a number. */
    private record Line(String label, Object value) {}

    private List<Line> lines(Campaign campaign, CampaignResults results) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(label("campaign"), campaign.name()));
        lines.add(new Line(label("kind"), campaign.kind().name()));
        lines.add(new Line(label("members"), results.members().total()));
        lines.add(new Line(label("reached"), results.members().reached()));
        for (MemberStatus status : MemberStatus.values()) {
            lines.add(new Line(label("status") + " " + status.name(), results.members().of(status)));
        }
        for (SkipReason reason : SkipReason.values()) {
            lines.add(new Line(label("skipped") + " " + reason.name(), results.members().skipped().getOrDefault(reason, 0L)));
        }
        lines.add(new Line(label("cards"), results.attributed().cards()));
        lines.add(new Line(label("quotes"), results.attributed().quotes()));
        lines.add(new Line(label("orders"), results.attributed().orders()));
        for (Money money : results.attributed().revenue()) {
            lines.add(new Line(label("revenue") + " " + money.currency().getCurrencyCode(), money.amount()));
        }
        lines.add(new Line(label("conversion"), results.conversionRate()));
        return lines;
    }

    /**
     * Writes the results as an XLSX workbook of one sheet. The stream is left open.
     *
     * @param campaign the campaign
     * @param results its results
     * @param out where the workbook goes
     * @throws UncheckedIOException when the stream fails
     */
    public void writeXlsx(Campaign campaign, CampaignResults results, OutputStream out) {
        try {
            Workbook workbook = new Workbook(new StatisticsExport.NonClosing(out), "CRM Kit", "1.0");
            Worksheet sheet = workbook.newWorksheet(label("sheet"));
            int r = 0;
            for (Line line : lines(campaign, results)) {
                sheet.value(r, 0, line.label());
                if (line.value() instanceof Number n) {
                    sheet.value(r, 1, n);
                } else {
                    StatisticsExport.text(sheet, r, 1, String.valueOf(line.value()));
                }
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the results as CSV (UTF-8 with a byte-order mark, RFC 4180 quoting), two columns: measure and value.
     * The stream is left open.
     *
     * @param campaign the campaign
     * @param results its results
     * @param out where the CSV goes
     * @throws UncheckedIOException when the stream fails
     */
    public void writeCsv(Campaign campaign, CampaignResults results, OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            writer.write('\uFEFF');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (SequenceWriter rows = csv.writer(CsvSchema.emptySchema()).writeValues(writer)) {
            rows.write(new String[] {label("measure"), label("value")});
            for (Line line : lines(campaign, results)) {
                rows.write(new String[] {StatisticsExport.neutralise(line.label()), line.value() instanceof Number n
                        ? n.toString() : StatisticsExport.neutralise(String.valueOf(line.value()))});
            }
            rows.flush();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String label(String key) {
        return Messages.format(locale, "report.campaign." + key);
    }
}
