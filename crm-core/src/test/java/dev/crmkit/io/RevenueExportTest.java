package dev.crmkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.UserId;
import dev.crmkit.revenue.CustomerRevenue;
import dev.crmkit.revenue.ForecastAmount;
import dev.crmkit.revenue.ForecastLine;
import dev.crmkit.revenue.RevenueForecast;
import dev.crmkit.revenue.RevenueMonth;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class RevenueExportTest {

    private static final Currency BRL = Currency.getInstance("BRL");
    private static final Currency USD = Currency.getInstance("USD");

    private static final RevenueForecast FORECAST = new RevenueForecast(PipelineId.newId(), "Vendas", LocalDate.of(2026, 4, 1),
            List.of(new ForecastLine(new UserId("eve"), "=HYPERLINK(\"http://x\")", YearMonth.of(2026, 5),
                            new ForecastAmount(BRL, new BigDecimal("650.00"), new BigDecimal("1500.00"), 2)),
                    new ForecastLine(null, null, null, new ForecastAmount(USD, new BigDecimal("60.00"), new BigDecimal("100.00"), 1))));

    @Test
    void givenAForecastWithAFormulaLikeName_whenWrittenAsCsv_thenTheNameIsNeutralisedAndAmountsArePlain() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new RevenueExport(Locale.forLanguageTag("pt-BR")).writeCsv(FORECAST, out);

        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).startsWith("\uFEFF");
        List<String[]> lines = csv(out);
        assertThat(lines.get(0)).containsExactly("Vendedor", "Fechamento previsto", "Moeda", "Ponderado", "Em aberto",
                "Cartões");
        assertThat(lines.get(1)).containsExactly("'=HYPERLINK(\"http://x\")", "2026-05", "BRL", "650.00", "1500.00", "2");
        assertThat(lines.get(2)).containsExactly("(sem vendedor)", "(sem data)", "USD", "60.00", "100.00", "1");
    }

    @Test
    void givenAForecastAndARevenue_whenWrittenAsXlsx_thenTextStaysTextAndAmountsAreNumbers() throws IOException {
        ByteArrayOutputStream forecast = new ByteArrayOutputStream();
        ByteArrayOutputStream revenue = new ByteArrayOutputStream();
        RevenueExport export = new RevenueExport(Locale.ENGLISH);

        export.writeXlsx(FORECAST, forecast);
        export.writeXlsx(new CustomerRevenue(AccountId.newId(), LocalDate.of(2026, 4, 1),
                List.of(new RevenueMonth(YearMonth.of(2026, 3), BRL, new BigDecimal("1000.00"))),
                Map.of(BRL, new BigDecimal("1000.00"))), revenue);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(forecast.toByteArray()))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Forecast");
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(1).getCell(0).asString()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(rows.get(1).getCell(0).getType().name()).isEqualTo("STRING");
            assertThat(rows.get(1).getCell(3).asNumber()).isEqualByComparingTo("650.00");
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(revenue.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCell(0).asString()).isEqualTo("Month");
            assertThat(rows.get(1).getCell(0).asString()).isEqualTo("2026-03");
            assertThat(rows.get(1).getCell(2).asNumber()).isEqualByComparingTo("1000");
        }
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        export.writeCsv(new CustomerRevenue(AccountId.newId(), LocalDate.of(2026, 4, 1),
                List.of(new RevenueMonth(YearMonth.of(2026, 3), BRL, new BigDecimal("1000.00"))), Map.of()), csv);
        assertThat(csv(csv)).hasSize(2).last().isEqualTo(new String[] {"2026-03", "BRL", "1000.00"});
    }

    private static List<String[]> csv(ByteArrayOutputStream out) throws IOException {
        List<String[]> lines = new ArrayList<>();
        try (MappingIterator<String[]> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).readerFor(String[].class)
                .readValues(out.toByteArray())) {
            it.forEachRemaining(lines::add);
        }
        return lines;
    }
}
