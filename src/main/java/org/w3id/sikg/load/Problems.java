package org.w3id.sikg.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;
import org.w3id.sikg.error.SikgException;

/**
 * Collects the problems of one validation run: errors (which stop anything from being written) and warnings (which
 * are reported but do not). Every stage adds to the same collector, so all problems are reported at once.
 */
public final class Problems {

    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    public void error(Problem problem) {
        errors.add(problem);
    }

    public void error(ErrorCode code, String source, long line, long column, String message, String hint) {
        errors.add(new Problem(code, source, line, column, message, hint));
    }

    public void warning(Problem problem) {
        warnings.add(problem);
    }

    public void addAll(Problems other) {
        errors.addAll(other.errors);
        warnings.addAll(other.warnings);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<Problem> errors() {
        return Collections.unmodifiableList(errors);
    }

    public List<Problem> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    /** Throws a {@link SikgException} carrying every error, if there is any. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new SikgException(errors);
        }
    }
}
