package dev.crmkit.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.crmkit.common.Messages;
import dev.crmkit.revenue.CustomerRevenue;
import dev.crmkit.revenue.ForecastLine;
import dev.crmkit.revenue.RevenueForecast;
import dev.crmkit.revenue.RevenueMonth;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a customer's realised revenue by month, or a pipeline's forecast, as XLSX or CSV, with headers in the
 * export's language. Text a spreadsheet could run as a formula (a salesperson's name, say) is neutralised as in
 * {@link StatisticsExport}: a CSV cell gets a leading apostrophe, an XLSX cell stays a string cell with the text number
 * format. Months are ISO text ({@code 2026-04}); amounts are numbers in XLSX and plain decimals in CSV, never mixed
 * across currencies (each row names its currency).
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("forecast.xlsx"))) {
 *     new RevenueExport(Locale.forLanguageTag("pt-BR")).writeXlsx(session.revenue().forecast(pipelineId), out);
 * }
 * }</pre>
 */
public final class RevenueExport {

    private static final List<String> REVENUE_COLUMNS = List.of("month", "currency", "amount");
    private static final List<String> FORECAST_COLUMNS = List.of("salesperson", "month", "currency", "weighted", "open", "cards");

    private final Locale locale;
    private final CsvMapper csv = new CsvMapper();

    /**
     * An export whose headers are in a language.
     *
     * @param locale the headers' language
     */
    public RevenueExport(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        csv.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    }

    /**
     * Writes a customer's revenue by month as an XLSX workbook of one sheet. The stream is left open.
     *
     * @param revenue the revenue
     * @param out where the workbook goes
     * @throws UncheckedIOException when the stream fails
     */
    public void writeXlsx(CustomerRevenue revenue, OutputStream out) {
        xlsx("report.revenue", REVENUE_COLUMNS, rows(revenue), out);
    }

    /**
     * Writes a customer's revenue by month as CSV (UTF-8 with a byte-order mark, a header row, RFC 4180 quoting). The
     * stream is left open.
     *
     * @param revenue the revenue
     * @param out where the CSV goes
     * @throws UncheckedIOException when the stream fails
     */
    public void writeCsv(CustomerRevenue revenue, OutputStream out) {
        csv("report.revenue", REVENUE_COLUMNS, rows(revenue), out);
    }

    /**
     * Writes a pipeline's forecast as an XLSX workbook of one sheet. The stream is left open.
     *
     * @param forecast the forecast
     * @param out where the workbook goes
     * @throws UncheckedIOException when the stream fails
     */
    public void writeXlsx(RevenueForecast forecast, OutputStream out) {
        xlsx("report.forecast", FORECAST_COLUMNS, rows(forecast), out);
    }

    /**
     * Writes a pipeline's forecast as CSV (UTF-8 with a byte-order mark, a header row, RFC 4180 quoting). The stream
     * is left open.
     *
     * @param forecast the forecast
     * @param out where the CSV goes
     * @throws UncheckedIOException when the stream fails
     */
    public void writeCsv(RevenueForecast forecast, OutputStream out) {
        csv("report.forecast", FORECAST_COLUMNS, rows(forecast), out);
    }

    private static List<List<Object>> rows(CustomerRevenue revenue) {
        List<List<Object>> rows = new ArrayList<>();
        for (RevenueMonth month : revenue.months()) {
            rows.add(List.of(month.month().toString(), month.currency().getCurrencyCode(), month.amount()));
        }
        return rows;
    }

    private List<List<Object>> rows(RevenueForecast forecast) {
        List<List<Object>> rows = new ArrayList<>();
        for (ForecastLine line : forecast.lines()) {
            rows.add(List.of(line.salespersonName() != null ? line.salespersonName()
                            : Messages.format(locale, "report.forecast.no-salesperson"),
                    line.closeMonth() != null ? line.closeMonth().toString() : Messages.format(locale, "report.forecast.no-month"),
                    line.amount().currency().getCurrencyCode(), line.amount().weighted(), line.amount().open(),
                    line.amount().cards()));
        }
        return rows;
    }

    private void xlsx(String prefix, List<String> columns, List<List<Object>> rows, OutputStream out) {
        try {
            Workbook workbook = new Workbook(new StatisticsExport.NonClosing(out), "CRM Kit", "1.0");
            Worksheet sheet = workbook.newWorksheet(Messages.format(locale, prefix + ".sheet"));
            for (int c = 0; c < columns.size(); c++) {
                sheet.value(0, c, Messages.format(locale, prefix + "." + columns.get(c)));
                sheet.style(0, c).bold().set();
            }
            int r = 1;
            for (List<Object> row : rows) {
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    if (value instanceof String text) {
                        StatisticsExport.text(sheet, r, c, text);
                    } else if (value instanceof BigDecimal amount) {
                        sheet.value(r, c, amount);
                    } else {
                        sheet.value(r, c, (Number) value);
                    }
                }
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void csv(String prefix, List<String> columns, List<List<Object>> rows, OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            writer.write('\uFEFF');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (SequenceWriter lines = csv.writer(CsvSchema.emptySchema()).writeValues(writer)) {
            lines.write(columns.stream().map(c -> Messages.format(locale, prefix + "." + c)).toArray(String[]::new));
            for (List<Object> row : rows) {
                String[] cells = new String[row.size()];
                for (int c = 0; c < cells.length; c++) {
                    Object value = row.get(c);
                    cells[c] = value instanceof String text ? StatisticsExport.neutralise(text)
                            : value instanceof BigDecimal amount ? amount.toPlainString() : String.valueOf(value);
                }
                lines.write(cells);
            }
            lines.flush();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
