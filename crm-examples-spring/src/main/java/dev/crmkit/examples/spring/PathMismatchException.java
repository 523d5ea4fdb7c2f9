package dev.crmkit.examples.spring;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A request whose path names one record and whose body another. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
class PathMismatchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    PathMismatchException(String inPath, String inBody) {
        super("the path names " + inPath + " but the body " + inBody);
    }
}
