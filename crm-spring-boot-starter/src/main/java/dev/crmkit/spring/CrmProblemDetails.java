package dev.crmkit.spring;

import dev.crmkit.common.AccessDeniedException;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.CrmException;
import dev.crmkit.common.ErrorReport;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.JsonException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.RuleViolationException;
import dev.crmkit.common.StoreException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * CRM Kit's errors as RFC 9457 problem details, in the request's locale: {@link NotFoundException} 404,
 * {@link AccessDeniedException} 403, {@link InvalidCommandException} 400 with its violations, {@link JsonException}
 * 400, {@link ConflictException} 409, {@link RuleViolationException} 422, {@link StoreException} 500. Each carries the
 * error's {@code code} and {@code field}, and its {@code type} is {@code urn:crmkit:error:<code>}. Opt-in:
 * {@code crmkit.web.problem-details.enabled=true}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CrmProblemDetails {

    /** Made by the auto-configuration. */
    CrmProblemDetails() {}

    /**
     * The problem detail of an error.
     *
     * @param error the error a controller let through
     * @param locale the request's locale
     * @return the response
     */
    @ExceptionHandler(CrmException.class)
    public ResponseEntity<ProblemDetail> handle(CrmException error, Locale locale) {
        ErrorReport report = ErrorReport.of(error, locale);
        HttpStatus status = statusOf(error);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, report.message());
        problem.setType(URI.create("urn:crmkit:error:" + report.code()));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", report.code());
        if (report.field() != null) {
            problem.setProperty("field", report.field());
        }
        if (!report.violations().isEmpty()) {
            List<Map<String, String>> violations = report.violations().stream()
                    .map(v -> Map.of("path", v.path(), "code", v.code(), "message", v.message()))
                    .toList();
            problem.setProperty("violations", violations);
        }
        return ResponseEntity.status(status).body(problem);
    }

    static HttpStatus statusOf(CrmException error) {
        if (error instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        if (error instanceof AccessDeniedException) {
            return HttpStatus.FORBIDDEN;
        }
        if (error instanceof InvalidCommandException || error instanceof JsonException) {
            return HttpStatus.BAD_REQUEST;
        }
        if (error instanceof ConflictException) {
            return HttpStatus.CONFLICT;
        }
        if (error instanceof RuleViolationException) {
            return HttpStatus.valueOf(422);
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
