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

class StatisticsExportTest {

    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
    private static final AgendaListingRow TIMED = row(LocalDateTime.of(2026, 3, 2, 9, 15), "Ação & Cia Ltda", "João Ñandú",
            "Visita técnica", "Inês", AgendaStatus.PENDING, "Pendente", LocalDate.of(2026, 3, 5), LocalDateTime.of(2026, 3, 5, 14, 30),
            "Instalação de fibra\nsegunda linha, com \"aspas\"");
    private static final AgendaListingRow ANY_TIME = row(LocalDateTime.of(2026, 3, 3, 18, 0), "=HYPERLINK(\"http://x\")", null,
            null, "+Bob", AgendaStatus.CONCLUDED, "Concluído", LocalDate.of(2026, 3, 4), null, "-2+3");
    private static final AgendaListingRow UNSCHEDULED = row(LocalDateTime.of(2026, 3, 4, 0, 0), "@SUM(A1)", "\tTab", "Ligação",
            "Ana", AgendaStatus.PENDING, "Pendente", null, null, "ordinary text");

    @Test
    void givenRowsWithAccentsDatesAndFormulas_whenWrittenAsXlsx_thenReadBackCellByCellAsTheirOwnTextNeverAsFormulas() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new StatisticsExport(PT_BR).writeXlsx(List.of(TIMED, ANY_TIME, UNSCHEDULED), out);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()), new ReadingOptions(true, false))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Agenda");
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(4);
            assertThat(texts(rows.get(0))).containsExactly("Incluído em", "Conta", "Contato", "Tipo", "Usuário", "Situação",
                    "Agendamento", "Descrição");
            Row timed = rows.get(1);
            assertThat(timed.getCell(0).asDate()).isEqualTo(LocalDateTime.of(2026, 3, 2, 9, 15));
            assertThat(text(timed, 1)).isEqualTo("Ação & Cia Ltda");
            assertThat(text(timed, 2)).isEqualTo("João Ñandú");
            assertThat(text(timed, 3)).isEqualTo("Visita técnica");
            assertThat(text(timed, 4)).isEqualTo("Inês");
            assertThat(text(timed, 5)).isEqualTo("Pendente");
            assertThat(timed.getCell(6).asDate()).isEqualTo(LocalDateTime.of(2026, 3, 5, 14, 30));
            assertThat(text(timed, 7)).isEqualTo("Instalação de fibra\nsegunda linha, com \"aspas\"");
            Row anyTime = rows.get(2);
            assertThat(anyTime.getCell(0).asDate()).isEqualTo(LocalDateTime.of(2026, 3, 3, 18, 0));
            // A string cell is never run as a formula: the reader sees the text as written, typed as text, no apostrophe.
            assertThat(text(anyTime, 1)).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(anyTime.getCell(1).getType()).isEqualTo(CellType.STRING);
            assertThat(anyTime.getOptionalCell(2).map(Cell::getType)).isNotEqualTo(java.util.Optional.of(CellType.STRING));
            assertThat(text(anyTime, 4)).isEqualTo("+Bob");
            assertThat(text(anyTime, 5)).isEqualTo("Concluído");
            assertThat(anyTime.getCell(6).asDate()).isEqualTo(LocalDate.of(2026, 3, 4).atStartOfDay());
            assertThat(anyTime.getCell(6).getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(text(anyTime, 7)).isEqualTo("-2+3");
            assertThat(anyTime.getCell(7).getType()).isEqualTo(CellType.STRING);
            Row unscheduled = rows.get(3);
            assertThat(text(unscheduled, 1)).isEqualTo("@SUM(A1)");
            assertThat(text(unscheduled, 2)).isEqualTo("\tTab");
            assertThat(unscheduled.getOptionalCell(6).map(Cell::getType).orElse(CellType.EMPTY)).isEqualTo(CellType.EMPTY);
            for (Row row : rows) {
                for (Cell cell : row) {
                    if (cell != null) {
                        assertThat(cell.getType()).as(cell.getAddress().toString()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
    }

    @Test
    void givenTheSameRows_whenWrittenAsCsv_thenReadBackCellByCell() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new StatisticsExport(Locale.forLanguageTag("es")).writeCsv(List.of(TIMED, ANY_TIME, UNSCHEDULED), out);

        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<String[]> lines = new ArrayList<>();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(out.toByteArray())) {
            it.forEachRemaining(lines::add);
        }
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).containsExactly("Creado", "Cuenta", "Contacto", "Tipo", "Usuario", "Estado", "Agendado", "Descripción");
        assertThat(lines.get(1)).containsExactly("2026-03-02 09:15", "Ação & Cia Ltda", "João Ñandú", "Visita técnica", "Inês",
                "Pendente", "2026-03-05 14:30", "Instalação de fibra\nsegunda linha, com \"aspas\"");
        assertThat(lines.get(2)).containsExactly("2026-03-03 18:00", "'=HYPERLINK(\"http://x\")", "", "", "'+Bob", "Concluído",
                "2026-03-04", "'-2+3");
        assertThat(lines.get(3)).containsExactly("2026-03-04 00:00", "'@SUM(A1)", "'\tTab", "Ligação", "Ana", "Pendente", "",
                "ordinary text");
    }

    @Test
    void givenALongLazyListing_whenExported_thenBytesReachTheStreamBeforeTheLastRowIsRead() {
        int total = 12_000;
        AtomicLong written = new AtomicLong();
        long[] writtenAtHalf = {-1};
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                written.incrementAndGet();
            }

            @Override
            public void write(byte[] b, int off, int len) {
                written.addAndGet(len);
            }
        };
        Iterable<AgendaListingRow> lazy = () -> new Iterator<>() {
            private int produced;

            @Override
            public boolean hasNext() {
                return produced < total;
            }

            @Override
            public AgendaListingRow next() {
                if (++produced == total / 2) {
                    writtenAtHalf[0] = written.get();
                }
                return row(LocalDateTime.of(2026, 3, 2, 9, 0).plusMinutes(produced), "Account " + produced, null, null, "Ana",
                        AgendaStatus.PENDING, "Pending", null, null, "Row " + produced);
            }
        };

        new StatisticsExport(Locale.ENGLISH).writeXlsx(lazy, counting);
        long xlsxAtHalf = writtenAtHalf[0];
        long xlsxTotal = written.get();
        written.set(0);
        new StatisticsExport(Locale.ENGLISH).writeCsv(lazy, counting);

        // Streaming: half the rows are already on the stream while the other half is still to be produced.
        assertThat(xlsxAtHalf).isGreaterThan(xlsxTotal / 4);
        assertThat(writtenAtHalf[0]).isGreaterThan(written.get() / 4);
    }

    @Test
    void givenADescriptionLongerThanAnXlsxCell_whenExported_thenTheXlsxCutsItAndTheCsvKeepsItWhole() throws IOException {
        String description = "ç".repeat(40_000);
        AgendaListingRow row = row(LocalDateTime.of(2026, 3, 2, 9, 0), "ACME", null, null, "Ana", AgendaStatus.PENDING, "Pending",
                null, null, description);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        ByteArrayOutputStream csv = new ByteArrayOutputStream();

        new StatisticsExport(Locale.ENGLISH).writeXlsx(List.of(row), xlsx);
        new StatisticsExport(Locale.ENGLISH).writeCsv(List.of(row), csv);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            String cell = workbook.getFirstSheet().read().get(1).getCell(7).asString();
            assertThat(cell).hasSize(StatisticsExport.XLSX_CELL_LIMIT).isEqualTo(description.substring(0, StatisticsExport.XLSX_CELL_LIMIT));
        }
        try (MappingIterator<String[]> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).readerFor(String[].class)
                .readValues(csv.toByteArray())) {
            it.next();
            assertThat(it.next()[7]).isEqualTo(description);
        }
    }

    @Test
    void givenACsv_whenWritten_thenItStartsWithTheUtf8ByteOrderMarkSpreadsheetsNeedForAccents() {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();

        new StatisticsExport(Locale.forLanguageTag("pt-BR")).writeCsv(List.of(), csv);

        byte[] bytes = csv.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8).substring(1)).startsWith("\"Incluído em\",Conta");
    }

    @Test
    void givenTexts_whenNeutralised_thenOnlyFormulaStartsChange() {
        assertThat(StatisticsExport.neutralise("=1+1")).isEqualTo("'=1+1");
        assertThat(StatisticsExport.neutralise("+55 11 9999")).isEqualTo("'+55 11 9999");
        assertThat(StatisticsExport.neutralise("-")).isEqualTo("'-");
        assertThat(StatisticsExport.neutralise("@cmd")).isEqualTo("'@cmd");
        assertThat(StatisticsExport.neutralise("a=b")).isEqualTo("a=b");
        assertThat(StatisticsExport.neutralise("")).isEmpty();
        assertThat(StatisticsExport.neutralise(null)).isNull();
    }

    @Test
    void givenTheFormulaStartsThatGotThrough_whenNeutralised_thenEachGetsTheApostrophe() {
        for (String text : List.of("\n=1+1", " =1+1", "\u00A0=1+1", "\uFEFF=1+1", "\uFF1D1+1", "\uFF0B55 11", "|cmd",
                "\u3000 \u00A0+1", "\u200B@SUM(A1)", "\uFF0D1", "\uFF20SUM(A1)")) {
            assertThat(StatisticsExport.neutralise(text)).as(text).isEqualTo("'" + text);
        }
        assertThat(StatisticsExport.neutralise(" plain")).isEqualTo(" plain");
        assertThat(StatisticsExport.neutralise("   ")).isEqualTo("   ");
        assertThat(StatisticsExport.neutralise("1-2")).isEqualTo("1-2");
    }

    @Test
    void givenCellsWithHiddenFormulaStarts_whenWrittenAsCsvAndXlsx_thenTheCsvNeutralisesThemAndTheXlsxKeepsThemAsText()
            throws IOException {
        String[] texts = {"\n=1+1", " =HYPERLINK(\"http://x\")", "\uFEFF=1+1", "\uFF1D1+1", "|cmd"};
        List<AgendaListingRow> rows = new ArrayList<>();
        for (String text : texts) {
            rows.add(row(LocalDateTime.of(2026, 3, 2, 9, 0), text, null, null, "Ana", AgendaStatus.PENDING, "Pending", null, null,
                    text));
        }
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();

        new StatisticsExport(Locale.ENGLISH).writeCsv(rows, csv);
        new StatisticsExport(Locale.ENGLISH).writeXlsx(rows, xlsx);

        try (MappingIterator<String[]> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).readerFor(String[].class)
                .readValues(csv.toByteArray())) {
            it.next();
            for (String text : texts) {
                String[] line = it.next();
                assertThat(line[1]).isEqualTo("'" + text);
                assertThat(line[7]).isEqualTo("'" + text);
            }
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            List<Row> read = workbook.getFirstSheet().read();
            for (int i = 0; i < texts.length; i++) {
                for (int column : new int[] {1, 7}) {
                    Cell cell = read.get(i + 1).getCell(column);
                    assertThat(cell.getType()).isEqualTo(CellType.STRING);
                    assertThat(cell.asString()).isEqualTo(texts[i]);
                    assertThat(numberFormat(xlsx.toByteArray(), cell.getAddress().toString()))
                            .as("text format, so that editing the cell keeps it text").isEqualTo("@");
                }
            }
        }
    }

    /** The number format of a cell, read from the workbook's XML (the reader gives formats of numeric cells only). */
    private static String numberFormat(byte[] xlsx, String address) throws IOException {
        // The workbook is streamed (sizes after the data), which ZipInputStream cannot read: a ZipFile can.
        Path file = Files.createTempFile("export", ".xlsx");
        String sheet;
        String styles;
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
                styles = new String(zip.getInputStream(zip.getEntry("xl/styles.xml")).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.delete(file);
        }
        Matcher cell = Pattern.compile("<c r=\"" + address + "\"(?: s=\"(\\d+)\")?").matcher(sheet);
        assertThat(cell.find()).as(address).isTrue();
        if (cell.group(1) == null) {
            return null;
        }
        String cellXfs = styles.substring(styles.indexOf("<cellXfs"));
        Matcher xf = Pattern.compile("<xf numFmtId=\"(\\d+)\"").matcher(cellXfs);
        for (int i = 0; i <= Integer.parseInt(cell.group(1)); i++) {
            assertThat(xf.find()).isTrue();
        }
        Matcher format = Pattern.compile("<numFmt numFmtId=\"" + xf.group(1) + "\" formatCode=\"([^\"]*)\"").matcher(styles);
        return format.find() ? format.group(1) : null;
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getCellCount(); c++) {
            texts.add(text(row, c));
        }
        return texts;
    }

    private static String text(Row row, int column) {
        return row.getCell(column).asString();
    }

    private static AgendaListingRow row(LocalDateTime created, String account, String contact, String type, String user,
            AgendaStatus status, String statusLabel, LocalDate day, LocalDateTime time, String description) {
        return new AgendaListingRow(AgendaEntryId.newId(), created, AccountId.newId(), account, contact, type, UserId.of("u"), user,
                status, statusLabel, day, time, description);
    }
}
