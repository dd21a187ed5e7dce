package dev.sigscript.interp;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import dev.sigscript.grammar.ParseResult;
import dev.sigscript.grammar.SigParsing;
import dev.sigscript.interp.runner.ScenarioExecution;
import org.graalvm.options.OptionDescriptors;

/**
 * The sig language: scenarios of processes, signal handlers and sends, run against a model of
 * the Linux signal subsystem ({@code dev.sigscript.kernel}) and an emulated x86-64 CPU
 * ({@code dev.sigscript.cpu}).
 *
 * <p>Evaluating a source runs every scenario in it and returns the exit code (0 all
 * expectations passed, 1 one failed, 2 the script has errors). The trace goes to the context's
 * output. The pieces: {@link dev.sigscript.interp.translate.NodeFactory} turns the checked AST
 * into nodes ({@link dev.sigscript.interp.nodes}); builtins ({@link
 * dev.sigscript.interp.builtins.Builtins}) make real system calls through the emulated registers
 * ({@link dev.sigscript.interp.nodes.call.Syscalls}); {@link dev.sigscript.interp.runtime.UserMode}
 * makes control follow the emulated PC, so handlers run when the kernel points the PC at them;
 * {@link dev.sigscript.interp.runner.ScenarioExecution} drives a run.
 */
@TruffleLanguage.Registration(id = SigLanguage.ID, name = "sig", defaultMimeType = SigLanguage.MIME,
        characterMimeTypes = SigLanguage.MIME, contextPolicy = TruffleLanguage.ContextPolicy.SHARED)
public final class SigLanguage extends TruffleLanguage<SigContext> {
    public static final String ID = "sig";
    public static final String MIME = "application/x-sig";

    @Override
    protected SigContext createContext(Env env) {
        return new SigContext(env);
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new SigOptionsOptionDescriptors();
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        String name = request.getSource().getName();
        ParseResult parsed = SigParsing.parse(request.getSource().getCharacters().toString(), name);
        SigLanguage language = this;
        return new RootNode(this) {
            @Override
            public Object execute(VirtualFrame frame) {
                SigContext context = SigContext.get(this);
                return (long) ScenarioExecution.runAll(language, context, parsed);
            }
        }.getCallTarget();
    }
}
