package dev.sigscript.cli;

import dev.sigscript.grammar.ParseResult;
import dev.sigscript.grammar.SigParsing;
import dev.sigscript.grammar.diag.Diagnostic;
import dev.sigscript.interp.check.SemanticChecker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sig check FILE}: parse and check only; prints the diagnostics; 0 when there is no error. */
@Command(name = "check", description = "Parse and check a scenario file without running it.")
final class CheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the .sig script")
    Path file;

    @Override
    public Integer call() {
        return ScriptFile.read(file, System.err).map(text -> {
            ParseResult parsed = SigParsing.parse(text, file.toString());
            List<Diagnostic> all = new ArrayList<>(parsed.diagnostics());
            parsed.ast().ifPresent(a -> all.addAll(SemanticChecker.check(a)));
            all.forEach(d -> System.out.println(d.format()));
            long errors = all.stream().filter(Diagnostic::isError).count();
            System.out.println(file + ": " + (errors == 0 ? "ok" : errors + (errors == 1 ? " error" : " errors"))
                    + (all.size() > errors ? ", " + (all.size() - errors) + " warnings" : ""));
            return errors == 0 ? 0 : 2;
        }).orElse(2);
    }
}
