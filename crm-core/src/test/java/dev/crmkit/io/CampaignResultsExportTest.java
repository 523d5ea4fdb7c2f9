package dev.crmkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.campaign.Attribution;
import dev.crmkit.campaign.Campaign;
import dev.crmkit.campaign.CampaignKind;
import dev.crmkit.campaign.CampaignPeriod;
import dev.crmkit.campaign.CampaignResults;
import dev.crmkit.campaign.CampaignTarget;
import dev.crmkit.campaign.MemberCounts;
import dev.crmkit.campaign.MemberStatus;
import dev.crmkit.campaign.SkipReason;
import dev.crmkit.common.CampaignId;
import dev.crmkit.common.Money;
import dev.crmkit.common.SegmentId;
import dev.crmkit.common.UserId;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class CampaignResultsExportTest {

    private static final Campaign CAMPAIGN = Campaign.builder(CampaignId.newId(), "=HYPERLINK(\"x\")")
            .kind(CampaignKind.NEWSLETTER).period(CampaignPeriod.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 31)))
            .owner(UserId.of("ana")).target(CampaignTarget.segment(SegmentId.newId())).createdAt(Instant.EPOCH).build();
    private static final CampaignResults RESULTS = new CampaignResults(CAMPAIGN.id(),
            new MemberCounts(Map.of(MemberStatus.SENT, 3L, MemberStatus.RESPONDED, 1L, MemberStatus.SKIPPED, 2L),
                    Map.of(SkipReason.NO_CONSENT, 2L)),
            new Attribution(1, 2, 1, List.of(Money.of("150.00", "BRL"))), new BigDecimal("0.2500"));

    @Test
    void givenResults_whenWrittenAsCsv_thenEachMeasureIsARowInTheLanguageAndAFormulaIsNeutralised() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new CampaignResultsExport(Locale.forLanguageTag("pt-BR")).writeCsv(CAMPAIGN, RESULTS, out);

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFMedida,Valor")
                .contains("Campanha,\"'=HYPERLINK(\"\"x\"\")\"")
                .contains("Alcançados,4")
                .contains("\"Deixados de fora NO_CONSENT\",2")
                .contains("\"Receita BRL\",150.00")
                .contains("\"Taxa de conversão\",0.2500");
    }

    @Test
    void givenResults_whenWrittenAsXlsx_thenTheSheetHoldsTheTextUnchangedAndTheNumbersAsNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new CampaignResultsExport(Locale.ENGLISH).writeXlsx(CAMPAIGN, RESULTS, out);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Campaign");
            assertThat(rows.get(0).getCellText(1)).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(rows).anySatisfy(r -> {
                assertThat(r.getCellText(0)).isEqualTo("Reached");
                assertThat(r.getCellAsNumber(1)).contains(new BigDecimal("4"));
            });
        }
    }
}
