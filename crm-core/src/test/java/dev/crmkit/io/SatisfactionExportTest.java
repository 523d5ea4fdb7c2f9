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
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import dev.crmkit.casework.CsatScore;
import dev.crmkit.casework.NpsScore;
import dev.crmkit.casework.SatisfactionGroup;
import dev.crmkit.casework.SatisfactionStats;
import dev.crmkit.casework.SlaCompliance;

class SatisfactionExportTest {

    private static final SatisfactionGroup FIELD = new SatisfactionGroup("t1", "Equipe de Campo", new SatisfactionStats(4,
            CsatScore.of(List.of(1L, 0L, 0L, 1L, 2L)), new NpsScore(2, 1, 1), new SlaCompliance(4, 3, 2, 2)));
    private static final SatisfactionGroup FORMULA = new SatisfactionGroup("t2", "=HYPERLINK(\"http://x\")", new SatisfactionStats(1,
            CsatScore.of(List.of(0L, 0L, 0L, 0L, 0L)), new NpsScore(0, 0, 0), new SlaCompliance(0, 0, 0, 0)));

    @Test
    void givenGroups_whenWrittenAsXlsx_thenNamesAreTextAndFiguresNumbersWithEmptyCellsForMissingOnes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new SatisfactionExport(Locale.forLanguageTag("pt-BR")).writeXlsx(List.of(FIELD, FORMULA), out);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()), new ReadingOptions(true, false))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Satisfação");
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCell(0).asString()).isEqualTo("Grupo");
            assertThat(rows.get(0).getCell(4).asString()).isEqualTo("CSAT médio");
            Row field = rows.get(1);
            assertThat(field.getCell(0).asString()).isEqualTo("Equipe de Campo");
            assertThat(field.getCell(1).asNumber()).isEqualByComparingTo("4");
            assertThat(field.getCell(2).asNumber()).isEqualByComparingTo("4");
            assertThat(field.getCell(4).asNumber().doubleValue()).isEqualTo(FIELD.stats().csat().mean());
            assertThat(field.getCell(13).asNumber().doubleValue()).isEqualTo(0.0);
            assertThat(field.getCell(14).asNumber().doubleValue()).isEqualTo(0.75);
            Row formula = rows.get(2);
            assertThat(formula.getCell(0).getType()).isEqualTo(CellType.STRING);
            assertThat(formula.getCell(0).asString()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(formula.getOptionalCell(4).map(Cell::getType).orElse(CellType.EMPTY)).isEqualTo(CellType.EMPTY);
        }
    }

    @Test
    void givenGroups_whenWrittenAsCsv_thenFormulaNamesAreNeutralisedAndMissingFiguresEmpty() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new SatisfactionExport(Locale.forLanguageTag("es")).writeCsv(List.of(FIELD, FORMULA), out);

        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<String[]> lines = new ArrayList<>();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(out.toByteArray())) {
            it.forEachRemaining(lines::add);
        }
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)[0]).endsWith("Grupo");
        assertThat(lines.get(1)).startsWith("Equipe de Campo", "4", "4", "1");
        assertThat(lines.get(1)[13]).isEqualTo("0");
        assertThat(lines.get(2)[0]).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(lines.get(2)[4]).isEmpty();
    }
}
