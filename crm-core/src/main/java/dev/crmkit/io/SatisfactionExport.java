package dev.crmkit.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.crmkit.casework.SatisfactionGroup;
import dev.crmkit.casework.SatisfactionStats;
import dev.crmkit.common.Messages;
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
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes satisfaction statistics per team, agent or category as XLSX or CSV: one row per group with its surveys,
 * answers, response rate, CSAT mean and 95% interval, the CSAT distribution, NPS and service-level compliance. Headers
 * are in the export's language. Group names are text a user typed (catalog entries, user names): a CSV cell that a
 * spreadsheet could read as a formula is neutralised as {@link StatisticsExport#neutralise} does, and an XLSX text
 * cell stays a string cell (text format when it looks like a formula). Figures are numbers; a figure that does not
 * exist (a mean without answers) is an empty cell.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("satisfaction.xlsx"))) {
 *     new SatisfactionExport(Locale.forLanguageTag("pt-BR"))
 *             .writeXlsx(session.satisfaction().statisticsBy(query, SatisfactionGrouping.AGENT), out);
 * }
 * }</pre>
 */
public final class SatisfactionExport {

    private static final List<String> COLUMNS = List.of("group", "surveys", "answers", "responseRate", "csatMean",
            "csatLower", "csatUpper", "csat1", "csat2", "csat3", "csat4", "csat5", "npsAnswers", "nps", "firstResponse",
            "resolution");

    private final Locale locale;
    private final CsvMapper csv = new CsvMapper();

    /**
     * An export whose headers are in a language.
     *
     * @param locale the headers' language
     */
    public SatisfactionExport(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        csv.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    }

    /**
     * Writes the groups as an XLSX workbook of one sheet. The stream is left open.
     *
     * @param groups the groups
     * @param out where the workbook goes
     * @throws UncheckedIOException when the stream fails
     */
    public void writeXlsx(List<SatisfactionGroup> groups, OutputStream out) {
        try {
            Workbook workbook = new Workbook(new StatisticsExport.NonClosing(out), "CRM Kit", "1.0");
            Worksheet sheet = workbook.newWorksheet(Messages.format(locale, "report.satisfaction.sheet"));
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.value(0, c, header(c));
                sheet.style(0, c).bold().set();
            }
            int r = 1;
            for (SatisfactionGroup group : groups) {
                StatisticsExport.text(sheet, r, 0, group.name());
                List<Double> figures = figures(group.stats());
                for (int c = 0; c < figures.size(); c++) {
                    if (figures.get(c) != null) {
                        sheet.value(r, c + 1, figures.get(c));
                    }
                }
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the groups as CSV (comma-separated, UTF-8 with a byte-order mark, a header row, RFC 4180 quoting). The
     * stream is left open.
     *
     * @param groups the groups
     * @param out where the CSV goes
     * @throws UncheckedIOException when the stream fails
     */
    public void writeCsv(List<SatisfactionGroup> groups, OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            writer.write('\uFEFF');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (SequenceWriter lines = csv.writer(CsvSchema.emptySchema()).writeValues(writer)) {
            String[] header = new String[COLUMNS.size()];
            for (int c = 0; c < header.length; c++) {
                header[c] = header(c);
            }
            lines.write(header);
            for (SatisfactionGroup group : groups) {
                List<Double> figures = figures(group.stats());
                String[] row = new String[COLUMNS.size()];
                row[0] = StatisticsExport.neutralise(group.name());
                for (int c = 0; c < figures.size(); c++) {
                    Double figure = figures.get(c);
                    row[c + 1] = figure == null ? "" : figure == Math.rint(figure) && Math.abs(figure) < 1e15
                            ? Long.toString(figure.longValue()) : Double.toString(figure);
                }
                lines.write(row);
            }
            lines.flush();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The figures of a row, after its name, in the columns' order ({@code null} for none). */
    private static List<Double> figures(SatisfactionStats stats) {
        List<Double> figures = new ArrayList<>();
        figures.add((double) stats.surveys());
        figures.add((double) stats.answers());
        figures.add(stats.responseRate().orElse(null));
        figures.add(stats.csat().mean());
        figures.add(stats.csat().lower());
        figures.add(stats.csat().upper());
        for (Long count : stats.csat().distribution()) {
            figures.add(count.doubleValue());
        }
        figures.add((double) stats.nps().answers());
        figures.add(stats.nps().score().orElse(null));
        figures.add(orNull(stats.sla().firstResponseRate()));
        figures.add(orNull(stats.sla().resolutionRate()));
        return figures;
    }

    private static Double orNull(Optional<Double> value) {
        return value.orElse(null);
    }

    private String header(int column) {
        return Messages.format(locale, "report.satisfaction." + COLUMNS.get(column));
    }
}
