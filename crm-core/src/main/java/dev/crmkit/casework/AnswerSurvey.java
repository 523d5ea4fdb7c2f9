package dev.crmkit.casework;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A customer's answer to a satisfaction survey, as the host received it with the survey's token.
 *
 * @param token the token the survey was issued with
 * @param csat the satisfaction score, 1 to 5
 * @param nps how likely the customer recommends the company, 0 to 10, or {@code null}
 * @param comment the customer's words, up to 2,000 characters, or {@code null}
 */
public record AnswerSurvey(
        @NotBlank @Size(max = Survey.MAX_TOKEN_LENGTH) String token,
        @Min(1) @Max(5) int csat,
        @Min(0) @Max(10) Integer nps,
        @Size(max = Survey.MAX_COMMENT) String comment) {}
