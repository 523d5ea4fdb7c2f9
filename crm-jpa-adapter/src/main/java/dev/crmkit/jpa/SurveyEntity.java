package dev.crmkit.jpa;

import dev.crmkit.casework.Survey;
import dev.crmkit.casework.SurveyAnswer;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CaseId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.spi.StoredRecords;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/** The row of a case's {@link Survey}: the token's hash, what the statistics group by, and the answer once given. */
@Entity(name = "Survey")
@Table(name = "crm_case_survey")
@IdClass(Keys.ByUuid.class)
class SurveyEntity {

    @Id
    @Column(name = "tenant_id")
    String tenantId;

    @Id
    @Column(name = "case_id")
    UUID id;

    @Column(name = "account_id")
    UUID accountId;

    @Column(name = "token_hash")
    String tokenHash;

    @Column(name = "issued_at")
    Instant issuedAt;

    @Column(name = "category_id")
    UUID categoryId;

    @Column(name = "team_id")
    UUID teamId;

    @Column(name = "assignee_id")
    String assigneeId;

    @Column(name = "first_response_met")
    Boolean firstResponseMet;

    @Column(name = "resolution_met")
    Boolean resolutionMet;

    Integer csat;

    Integer nps;

    @Column(name = "answer_comment")
    String comment;

    @Column(name = "answered_at")
    Instant answeredAt;

    @jakarta.persistence.Version
    Long version;

    SurveyEntity() {}

    static SurveyEntity of(String tenantId, Survey survey) {
        SurveyEntity row = new SurveyEntity();
        row.tenantId = tenantId;
        row.id = survey.caseId().value();
        row.accountId = survey.accountId().value();
        row.apply(survey);
        return row;
    }

    void apply(Survey survey) {
        tokenHash = survey.tokenHash();
        issuedAt = survey.issuedAt();
        categoryId = survey.categoryId().map(CatalogEntryId::value).orElse(null);
        teamId = survey.teamId().map(CatalogEntryId::value).orElse(null);
        assigneeId = survey.assigneeId().map(UserId::value).orElse(null);
        firstResponseMet = survey.firstResponseMet().orElse(null);
        resolutionMet = survey.resolutionMet().orElse(null);
        SurveyAnswer answer = survey.answer().orElse(null);
        csat = answer == null ? null : answer.csat();
        nps = answer == null ? null : answer.nps();
        comment = answer == null ? null : answer.comment();
        answeredAt = answer == null ? null : answer.answeredAt();
    }

    /** A row of {@code select s.* from crm_case_survey s}, read with plain JDBC. */
    static SurveyEntity read(ResultSet rs) throws SQLException {
        SurveyEntity row = new SurveyEntity();
        row.tenantId = rs.getString("tenant_id");
        row.id = rs.getObject("case_id", UUID.class);
        row.accountId = rs.getObject("account_id", UUID.class);
        row.tokenHash = rs.getString("token_hash");
        row.issuedAt = SqlQuery.instant(rs, "issued_at");
        row.categoryId = rs.getObject("category_id", UUID.class);
        row.teamId = rs.getObject("team_id", UUID.class);
        row.assigneeId = rs.getString("assignee_id");
        row.firstResponseMet = rs.getObject("first_response_met", Boolean.class);
        row.resolutionMet = rs.getObject("resolution_met", Boolean.class);
        row.csat = rs.getObject("csat", Integer.class);
        row.nps = rs.getObject("nps", Integer.class);
        row.comment = rs.getString("answer_comment");
        row.answeredAt = SqlQuery.instant(rs, "answered_at");
        row.version = rs.getObject("version", Long.class);
        return row;
    }

    Survey toDomain() {
        return StoredRecords.survey(new CaseId(id), new AccountId(accountId), tokenHash, issuedAt,
                categoryId == null ? null : new CatalogEntryId(categoryId), teamId == null ? null : new CatalogEntryId(teamId),
                assigneeId == null ? null : UserId.of(assigneeId), firstResponseMet, resolutionMet,
                csat == null ? null : new SurveyAnswer(csat, nps, comment, answeredAt), Version.of(version));
    }
}
