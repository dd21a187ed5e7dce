package dev.sigscript.grammar.diag;

/**
 * Stable diagnostic codes. SIG0xxx: lexical and syntax errors (grammar). SIG1xxx: semantic
 * errors found before a run (checker). SIG2xxx: run-time script errors and budgets. Never
 * renumber: editors and golden files depend on them.
 */
public enum DiagnosticCode {
    // Syntax (grammar module).
    SYNTAX_ERROR("SIG0001"),
    UNTERMINATED_STRING("SIG0002"),
    INVALID_CHARACTER("SIG0003"),
    INVALID_DURATION("SIG0004"),
    INTEGER_OUT_OF_RANGE("SIG0005"),
    INVALID_ESCAPE("SIG0006"),

    // Semantic checks (interpreter's checker; also shown by the language server).
    UNKNOWN_NAME("SIG1001"),
    UNKNOWN_FUNCTION("SIG1002"),
    UNKNOWN_SIGNAL("SIG1003"),
    HANDLER_ARITY("SIG1004"),
    UNCATCHABLE_SIGNAL("SIG1005"),
    DUPLICATE_DECLARATION("SIG1006"),
    WRONG_ARGUMENTS("SIG1007"),
    BAD_SETTING("SIG1008"),
    UNKNOWN_PROCESS("SIG1009"),
    BREAK_OUTSIDE_LOOP("SIG1010"),
    NEEDS_SA_SIGINFO("SIG1011"),
    ASSIGN_TO_CONSTANT("SIG1012"),
    UNKNOWN_DUMP("SIG1013"),
    NOT_A_HANDLER("SIG1014"),
    UNREACHABLE_CODE("SIG1015"),
    EMPTY_SCENARIO("SIG1016"),
    UNSUPPORTED("SIG1017"),

    // Run time.
    STEP_BUDGET_EXCEEDED("SIG2001"),
    TIME_BUDGET_EXCEEDED("SIG2002"),
    RUNTIME_TYPE_ERROR("SIG2003"),
    TASK_LIMIT_EXCEEDED("SIG2004"),
    RUNTIME_ERROR("SIG2005"),
    DEADLOCK("SIG2006");

    private final String code;

    DiagnosticCode(String code) {
        this.code = code;
    }

    /** {@return the printed code, e.g. SIG1003} */
    public String code() {
        return code;
    }
}
