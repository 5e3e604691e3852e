package org.w3id.sikg.error;

import java.util.List;

/**
 * A user-facing failure carrying one or more located {@link Problem}s. The CLI prints each problem on one line and
 * exits non-zero; the server maps it to a 4xx response. The stack trace is shown only with {@code --verbose}.
 */
public class SikgException extends RuntimeException {

    private final transient List<Problem> problems;

    public SikgException(List<Problem> problems) {
        super(summarise(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a SikgException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public SikgException(Problem problem) {
        this(List.of(problem));
    }

    public SikgException(Problem problem, Throwable cause) {
        super(problem.format(), cause);
        this.problems = List.of(problem);
    }

    public SikgException(ErrorCode code, String source, String message) {
        this(Problem.of(code, source, 0, message));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The code of the first problem, for callers that branch on the kind of failure. */
    public ErrorCode code() {
        return problems.get(0).code();
    }

    private static String summarise(List<Problem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).format();
        }
        return problems.size() + " problems, first: " + (problems.isEmpty() ? "-" : problems.get(0).format());
    }
}
