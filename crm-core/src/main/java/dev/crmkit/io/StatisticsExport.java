package dev.crmkit.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.crmkit.common.Messages;
import dev.crmkit.report.AgendaListingRow;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes an agenda statistics listing as XLSX or CSV, streaming: rows go out as they are read,
 * so memory stays flat however long the listing is. Headers are in the export's language.
 *
 * <p>Spreadsheet formula injection (OWASP "CSV Injection"): a CSV cell that a spreadsheet could read as a formula
 * ({@link #startsAsFormula}) is written with a leading apostrophe, so the spreadsheet shows it as text and never runs
 * it. An XLSX text cell is a string cell, which no spreadsheet runs as a formula: it holds the text unchanged, with no
 * apostrophe, and a cell that looks like a formula gets the text number format ({@code @}), so editing it in the
 * spreadsheet keeps it text. XLSX dates are real date cells; CSV dates are ISO text
 * ({@code 2026-03-02 09:30}, {@code 2026-03-03}). An XLSX cell holds at most 32,767 characters: a longer
 * description is cut there (the CSV keeps it whole).
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("agenda.xlsx"))) {
 *     new StatisticsExport(Locale.forLanguageTag("pt-BR")).writeXlsx(session.reports().agendaListing(from, to), out);
 * }
 * }</pre>
 */
public final class StatisticsExport {

    /** The most characters an XLSX cell holds. */
    public static final int XLSX_CELL_LIMIT = 32_767;

    private static final int FLUSH_EVERY = 1_000;
    private static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";
    private static final String DATE_FORMAT = "yyyy-mm-dd";
    /** The number format that keeps a cell's content text when it is edited. */
    private static final String TEXT_FORMAT = "@";
    /** What a formula may start with, once folded (NFKC): the superscript and subscript minus fold to the minus sign. */
    private static final String FORMULA_STARTS = "=+-@|\u2212";
    private static final DateTimeFormatter CSV_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final List<String> COLUMNS =
            List.of("created", "account", "contact", "type", "user", "status", "scheduled", "description");

    private final Locale locale;
    private final CsvMapper csv = new CsvMapper();

    /**
     * An export whose headers are in a language.
     *
     * @param locale the headers' language
     */
    public StatisticsExport(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        // The caller owns the stream: writing the listing never closes it.
        csv.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    }

    /**
     * Writes the listing as an XLSX workbook of one sheet. The stream is left open.
     *
     * @param rows the rows, read once
     * @param out where the workbook goes
     * @throws UncheckedIOException when the stream fails
     */
    public void writeXlsx(Iterable<AgendaListingRow> rows, OutputStream out) {
        try {
            Workbook workbook = new Workbook(new NonClosing(out), "CRM Kit", "1.0");
            Worksheet sheet = workbook.newWorksheet(Messages.format(locale, "report.agenda.sheet"));
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.value(0, c, header(c));
                sheet.style(0, c).bold().set();
            }
            int r = 1;
            for (AgendaListingRow row : rows) {
                sheet.value(r, 0, row.createdAt());
                sheet.style(r, 0).format(DATE_TIME_FORMAT).set();
                text(sheet, r, 1, row.accountName());
                text(sheet, r, 2, row.contactName());
                text(sheet, r, 3, row.typeName());
                text(sheet, r, 4, row.userName());
                text(sheet, r, 5, row.statusLabel());
                if (row.scheduledTime() != null) {
                    sheet.value(r, 6, row.scheduledTime());
                    sheet.style(r, 6).format(DATE_TIME_FORMAT).set();
                } else if (row.scheduledDay() != null) {
                    sheet.value(r, 6, row.scheduledDay());
                    sheet.style(r, 6).format(DATE_FORMAT).set();
                }
                String description = row.description();
                text(sheet, r, 7, description != null && description.length() > XLSX_CELL_LIMIT
                        ? description.substring(0, XLSX_CELL_LIMIT) : description);
                if (++r % FLUSH_EVERY == 0) {
                    sheet.flush();
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the listing as CSV (comma-separated, UTF-8 with a byte-order mark, a header row, RFC 4180 quoting).
     * The mark is what makes a spreadsheet opening the file directly read its accents as UTF-8. The stream is
     * left open.
     *
     * @param rows the rows, read once
     * @param out where the CSV goes
     * @throws UncheckedIOException when the stream fails
     */
    public void writeCsv(Iterable<AgendaListingRow> rows, OutputStream out) {
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
            for (AgendaListingRow row : rows) {
                String scheduled = row.scheduledTime() != null ? CSV_DATE_TIME.format(row.scheduledTime())
                        : row.scheduledDay() != null ? row.scheduledDay().toString() : "";
                lines.write(new String[] {CSV_DATE_TIME.format(row.createdAt()), cell(row.accountName()), cell(row.contactName()),
                        cell(row.typeName()), cell(row.userName()), cell(row.statusLabel()), scheduled, cell(row.description())});
            }
            lines.flush();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A text as a CSV cell must carry it: one that a spreadsheet could read as a formula ({@link #startsAsFormula})
     * gets a leading apostrophe; any other is unchanged.
     *
     * @param text the text, or {@code null}
     * @return the safe text ({@code null} stays {@code null})
     */
    public static String neutralise(String text) {
        return text != null && startsAsFormula(text) ? "'" + text : text;
    }

    /**
     * Whether a spreadsheet could read a text as a formula, per OWASP's CSV injection guidance and the ways around
     * its first list seen in practice: the text begins with a tab, a carriage return or a line feed; or its first
     * character after any blanks (spaces of every kind, no-break spaces included, and invisible format characters
     * such as the byte-order mark or a zero-width space, which spreadsheets skip or trim) is {@code =}, {@code +},
     * {@code -}, {@code @} or {@code |}, written plainly or in a compatibility form that folds to it (the full-width
     * {@code ＝ ＋ － ＠ ｜}, the small and superscript forms), or the minus sign {@code −}.
     *
     * @param text the text
     * @return {@code true} when the text must be neutralised in a CSV cell
     */
    public static boolean startsAsFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (first == '\t' || first == '\r' || first == '\n') {
            return true;
        }
        int i = 0;
        while (i < text.length() && isBlank(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        if (i == text.length()) {
            return false;
        }
        String folded = Normalizer.normalize(Character.toString(text.codePointAt(i)), Normalizer.Form.NFKC);
        return !folded.isEmpty() && FORMULA_STARTS.indexOf(folded.charAt(0)) >= 0;
    }

    private static boolean isBlank(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || Character.getType(codePoint) == Character.FORMAT;
    }

    private String header(int column) {
        return Messages.format(locale, "report.agenda." + COLUMNS.get(column));
    }

    private static String cell(String text) {
        return text == null ? "" : neutralise(text);
    }

    /** A text cell, kept text when it would start a formula (the exports share it); none for {@code null}. */
    static void text(Worksheet sheet, int r, int c, String text) {
        if (text != null) {
            sheet.value(r, c, text);
            if (startsAsFormula(text)) {
                sheet.style(r, c).format(TEXT_FORMAT).set();
            }
        }
    }

    /** The caller's stream, which the workbook may not close. */
    static final class NonClosing extends FilterOutputStream {

        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
