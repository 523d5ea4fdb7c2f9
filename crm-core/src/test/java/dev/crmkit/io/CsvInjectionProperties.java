package dev.crmkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.crmkit.agenda.AgendaStatus;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.AgendaEntryId;
import dev.crmkit.common.UserId;
import dev.crmkit.report.AgendaListingRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * The CSV neutraliser against a list of dangerous starts (OWASP's, and the ways around it: blanks and invisible
 * characters in front, full-width and other compatibility forms, the pipe), each behind any run of blanks and
 * followed by any text; texts whose first visible character is harmless pass unchanged; and a cell reads back from
 * the CSV as the neutralised text and from the XLSX as the original text, typed as a string.
 */
class CsvInjectionProperties {

    /** What a spreadsheet may run as a formula when a cell starts with it. */
    private static final List<String> DANGEROUS = List.of("=", "+", "-", "@", "|", "\t", "\r", "\n", "\uFF1D", "\uFF0B",
            "\uFF0D", "\uFF20", "\uFF5C", "\uFE66", "\uFE62", "\uFE63", "\uFE6B", "\u207C", "\u207A", "\u207B", "\u208C",
            "\u208A", "\u208B", "\u2212");
    /** What a spreadsheet may skip or trim in front of the first character it reads. */
    private static final List<String> BLANKS = List.of(" ", "\u00A0", "\u2000", "\u2002", "\u2003", "\u2007", "\u2009",
            "\u200A", "\u202F", "\u205F", "\u3000", "\uFEFF", "\u200B", "\u200C", "\u200D", "\u2060", "\u00AD", "\t", "\u000B",
            "\u000C", "\u1680", "\u2028", "\u2029");

    @Property(tries = 2000)
    void givenADangerousStartBehindAnyBlanks_whenNeutralised_thenTheCellGetsTheApostrophe(@ForAll("blankRuns") String blanks,
            @ForAll("dangerous") String start, @ForAll("anyText") String rest) {
        // A tab, carriage return or line feed is dangerous as the very first character; behind blanks it is one more blank.
        String text = (start.isBlank() ? "" : blanks) + start + rest;

        assertThat(StatisticsExport.startsAsFormula(text)).as(escaped(text)).isTrue();
        assertThat(StatisticsExport.neutralise(text)).as(escaped(text)).isEqualTo("'" + text);
    }

    @Property(tries = 2000)
    void givenAHarmlessFirstVisibleCharacter_whenNeutralised_thenTheTextIsUnchanged(@ForAll("blankRunsWithoutLineBreaks") String blanks,
            @ForAll("harmless") char first, @ForAll("anyText") String rest) {
        String text = blanks + first + rest;

        assertThat(StatisticsExport.neutralise(text)).as(escaped(text)).isEqualTo(text);
    }

    @Property(tries = 200)
    void givenAnyText_whenExported_thenTheCsvCellIsTheNeutralisedTextAndTheXlsxCellTheTextItself(
            @ForAll("exportedTexts") String text) throws IOException {
        AgendaListingRow row = new AgendaListingRow(AgendaEntryId.newId(), LocalDateTime.of(2026, 3, 2, 9, 0), AccountId.newId(),
                text, null, null, UserId.of("u"), "Ana", AgendaStatus.PENDING, "Pending", null, null, text);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();

        new StatisticsExport(Locale.ENGLISH).writeCsv(List.of(row), csv);
        new StatisticsExport(Locale.ENGLISH).writeXlsx(List.of(row), xlsx);

        try (MappingIterator<String[]> lines = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).readerFor(String[].class)
                .readValues(csv.toByteArray())) {
            lines.next();
            String[] line = lines.next();
            assertThat(line[1]).as(escaped(text)).isEqualTo(StatisticsExport.neutralise(text));
            assertThat(line[7]).as(escaped(text)).isEqualTo(StatisticsExport.neutralise(text));
            if (StatisticsExport.startsAsFormula(text)) {
                assertThat(line[1]).startsWith("'");
            }
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Cell cell = workbook.getFirstSheet().read().get(1).getCell(1);
            assertThat(cell.getType()).isEqualTo(CellType.STRING);
            assertThat(cell.asString()).as(escaped(text)).isEqualTo(text);
        }
    }

    @Provide
    Arbitrary<String> dangerous() {
        return Arbitraries.of(DANGEROUS);
    }

    @Provide
    Arbitrary<String> blankRuns() {
        return Arbitraries.of(BLANKS).list().ofMaxSize(3).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> blankRunsWithoutLineBreaks() {
        // A text that begins with a tab, a carriage return or a line feed is neutralised whatever follows.
        return Arbitraries.of(BLANKS).filter(b -> !b.equals("\t")).list().ofMaxSize(3).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<Character> harmless() {
        return Arbitraries.oneOf(Arbitraries.chars().alpha(), Arbitraries.chars().numeric(),
                Arbitraries.of('(', '"', '\'', '#', '%', '*', '/', '.', ',', 'ç', 'É', 'ñ', '中', '\u0661'));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().excludeChars('\u0000').ofMaxLength(20);
    }

    @Provide
    Arbitrary<String> exportedTexts() {
        Arbitrary<String> chars = Arbitraries.strings().withChars("=+-@|'\" ,;\t\r\naZ9\u00A0\uFEFF\uFF1D\uFF0B").ofMaxLength(12);
        return Arbitraries.oneOf(chars, Arbitraries.of(DANGEROUS).map(d -> d + "cmd"),
                Arbitraries.strings().alpha().numeric().ofMaxLength(12));
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : Character.toString(c)));
        return out.toString();
    }
}
