package dev.crmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuickStartTest {

    /** A raw id as the library renders it: a UUID, with or without its dashes. */
    private static final Pattern UUID_LIKE =
            Pattern.compile("[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}");

    @TempDir
    Path folder;

    @Test
    void givenTheQuickStart_whenRun_thenItPrintsEveryStepAndItsOutcome() {
        String output = run(folder.resolve("crm"));

        assertThat(output)
                .contains("1. Creating tenant 'fibra-sul'")
                .contains("event: TenantCreated tenant:fibra-sul")
                .contains("TEAM: [Vendas Norte]")
                .contains("João Lima sees ResponsibleInTeam")
                .contains("Rita Alves sees ResponsibleIs[user=rita]")
                .contains("joao (pt-BR): Acesso negado")
                .contains("marta (pt-BR): CreateCatalogEntry inválido: name: não pode ficar em branco")
                .contains("same error in English: Invalid CreateCatalogEntry: name: must not be blank")
                .contains("possible duplicates: [Mercado Bom Preço Ltda]")
                .contains("joao's customers matching 'bom preço': [Mercado Bom Preço Ltda] (total 1)")
                .contains("rita sees [Mercado Bom Preco Filial]")
                .contains("profile of Mercado Bom Preço Ltda: Cliente, 1 contact, related: [matriz de Mercado Bom Preco Filial]")
                .contains("marta: Classificação alterada de Prospect para Cliente")
                .contains("Contato: 1 card(s) [BRL 800.00] [TV corporativa]")
                .contains("Proposta: 1 card(s) [BRL 4500.00] [Fibra 1 Gbps para a filial]")
                .contains("Negociação: 0 card(s) [] []")
                .contains("hot and not lost: [Fibra 1 Gbps para a filial]")
                .contains("rita (not a user of the pipeline): Não encontrado: CRM")
                .contains("won: Mercado Bom Preco Filial is now CUSTOMER")
                .contains("history: João Lima Convertido em cliente: não -> sim")
                .contains("newsletter to Mercado Bom Preço Ltda: GRANTED")
                .contains("after the opt-out link: WITHDRAWN; visits: NOT_REQUIRED")
                .contains("delivered twice, stored once: true, 1 message(s)")
                .contains("search 'RENOVACAO': 1 found")
                .contains("archived: true; listed without archived: 0")
                .contains("15. Campaigns")
                .contains("newsletter to Mercado Bom Preço Ltda: SKIPPED (OPTED_OUT)")
                .contains("newsletter to Mercado Bom Preco Filial: TARGETED")
                .contains("mail service: 'Novidades de março' to Mercado Bom Preco Filial [ti@bompreco-filial.com.br]")
                .contains("visit to Mercado Bom Preço Ltda: SKIPPED (NO_ADDRESS)")
                .contains("visit to Mercado Bom Preco Filial: SCHEDULED for marta on ")
                .contains("results of 'Novidades de março': 2 members, reached 1, responded 1, skipped {OPTED_OUT=1},"
                        + " conversion 0.0000")
                .contains("mail service sent 1 message(s)")
                .contains("history: João Lima Etapa: Contato -> Proposta")
                .contains("12:00 means any time that day: AnyTimeOn")
                .contains("joao's tasks: 0 overdue, 0 today, 1 later")
                .contains("rules: 1 payment reminder created, 0 more on the second run")
                .contains("created today: 2, by type [(sem tipo)=1, Visita=1]")
                .contains("CSV: \"Incluído em\",Conta,Contato,Tipo,Usuário,Situação,Agendamento,Descrição")
                .contains("products: [FIB-1G, RT-AX], default price of FIB-1G for Mercado Bom Preço Ltda: BRL 99.90")
                .contains("Q-000001 for Mercado Bom Preço Ltda: 2 lines, total BRL 549.70, SENT until ")
                .contains("ERP received order Q-000001-P for PRODUCTION: 1 line(s)")
                .contains("ERP received order Q-000001-S for SALES: 1 line(s)")
                .contains("Q-000001 converted into [Q-000001-P (PRODUCTION, BRL 349.90), Q-000001-S (SALES, BRL 199.80)];"
                        + " the ERP holds 2 order(s)")
                .contains("order history: Pedido Q-000001-P emitido por João Lima")
                .contains("order history: em produção, informado por Marta Ribeiro")
                .contains("order history: Faturado com a fatura NF-2026-0107, informado por Marta Ribeiro")
                .contains("Q-000002: 5 routers less 8.00% (Roteadores 5+), less the quote's 7% = 112.67, total 1496.87: PENDING")
                .contains("joao (pt-BR): O orçamento Q-000002 aguarda a aprovação dos descontos por um administrador")
                .contains("approved by marta: Q-000002 SENT")
                .contains("realised in 12 months: {BRL=349.90} (the sales office's order is not invoiced yet)")
                // 349.90 / 12 = 29.158 -> 29.16; 2000 x 70% = 1400; Q-000002 sent, 1496.87 net of its discounts.
                .contains("estimate BRL: run rate 29.16 + pipeline 1400.00 + open quotes 1496.87 = 2926.03")
                .contains("forecast João Lima " + java.time.YearMonth.now(java.time.ZoneId.of("America/Sao_Paulo")).plusMonths(1)
                        + ": BRL 1400.00 of 2000.00 open")
                .contains("forecast CSV: Vendedor,\"Fechamento previsto\",Moeda,Ponderado,\"Em aberto\",Cartões")
                .contains("case #1 Sem sinal na loja: RESOLVED, the customer sees 1 of 2 comments")
                .contains("SLA of case #1: first response MET, resolution MET")
                .contains("queue: [#2 Internet lenta (first response ON_TRACK)]")
                .contains("case history: Caso #1 (Sem sinal na loja) passou de aberto para resolvido")
                .contains("closed cases of Mercado Bom Preço Ltda: 1")
                .contains("segment 'Clientes' (shared): joao counts 2, rita counts 1, preview [Mercado Bom Preco Filial,"
                        + " Mercado Bom Preço Ltda]")
                .contains("intervention on case #2: CONCLUDED, report 'Roteador trocado, 300 Mbps medidos', invoice NF-2026-0108,"
                        + " 1 entry on the case")
                .contains("the same link again: rule.survey.answered")
                .contains("by agent: [(nenhum) 2.0, Rita Alves 5.0]")
                .contains("satisfaction: 2 surveys, 2 answers, CSAT 3.5 (95% CI -15.6 to 22.6), NPS 0")
                .contains("rules: 1 low-score follow-up for the account's responsible")
                .endsWith("Done." + System.lineSeparator());
    }

    @Test
    void givenTheQuickStart_whenTheQuoteIsConverted_thenTheErpReceivesEachOrderExactlyOnceBeforeItsProgress() {
        String output = run(folder.resolve("orders"));

        List<String> received = output.lines().filter(line -> line.contains("ERP received order")).toList();
        List<String> lines = output.lines().toList();

        assertThat(received).hasSize(2).doesNotHaveDuplicates();
        assertThat(lines.indexOf(received.get(1))).as("handed over before the history is printed")
                .isLessThan(lines.indexOf("   order history: Pedido Q-000001-P emitido por João Lima"));
        assertThat(lines.stream().filter(line -> line.startsWith("   order history: "))).hasSize(5);
    }

    @Test
    void givenTheQuickStart_whenItPrintsACardsHistory_thenItReadsInWordsWithoutRawIds() {
        String output = run(folder.resolve("words"));

        List<String> history = output.lines().filter(line -> line.strip().startsWith("history:")).toList();

        assertThat(history).hasSize(8)
                .noneMatch(line -> UUID_LIKE.matcher(line).find())
                .noneMatch(line -> line.contains("stageId") || line.contains("convertedToCustomer") || line.contains("null"))
                .anyMatch(line -> line.contains("Contato -> Proposta"))
                .allMatch(line -> line.contains("João Lima"));
    }

    @Test
    void givenTheQuickStartRunOnce_whenRunAgainOnTheSameFile_thenItFindsWhatTheFirstRunStored() {
        Path database = folder.resolve("again");
        String first = run(database);

        String second = run(database);

        assertThat(first).contains("1. Creating tenant 'fibra-sul'");
        assertThat(Files.exists(folder.resolve("again.mv.db"))).isTrue();
        assertThat(second)
                .doesNotContain("1. Creating tenant")
                .contains("already holds tenant 'fibra-sul' from an earlier run")
                .contains("accounts kept: 2 [Mercado Bom Preco Filial (CUSTOMER), Mercado Bom Preço Ltda (CUSTOMER)]")
                .contains("pipeline kept: Vendas empresariais, 3 card(s)")
                .contains("joao's later tasks: 1 kept, 2 with this run's")
                .endsWith("Done." + System.lineSeparator());
    }

    private static String run(Path database) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        QuickStart.run(new PrintStream(buffer, true, StandardCharsets.UTF_8), database);
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
