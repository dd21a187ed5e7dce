package dev.sigscript.interp.translate;

import com.oracle.truffle.api.TruffleLanguage;
import dev.sigscript.grammar.ast.Arg;
import dev.sigscript.grammar.ast.Block;
import dev.sigscript.grammar.ast.Expr;
import dev.sigscript.grammar.ast.FnDecl;
import dev.sigscript.grammar.ast.HandlerDecl;
import dev.sigscript.grammar.ast.Param;
import dev.sigscript.grammar.ast.ProcessDecl;
import dev.sigscript.grammar.ast.Span;
import dev.sigscript.grammar.ast.Stmt;
import dev.sigscript.interp.builtins.Builtins;
import dev.sigscript.interp.check.Constants;
import dev.sigscript.interp.nodes.SigDumpNode;
import dev.sigscript.interp.nodes.SigExpectNode;
import dev.sigscript.interp.nodes.SigExpressionNode;
import dev.sigscript.interp.nodes.SigNode;
import dev.sigscript.interp.nodes.SigRootNode;
import dev.sigscript.interp.nodes.SigStatementNode;
import dev.sigscript.interp.nodes.call.SigCallNode;
import dev.sigscript.interp.nodes.controlflow.SigBlockNode;
import dev.sigscript.interp.nodes.controlflow.SigForNode;
import dev.sigscript.interp.nodes.controlflow.SigIfNode;
import dev.sigscript.interp.nodes.controlflow.SigJumpNode;
import dev.sigscript.interp.nodes.controlflow.SigWhileNode;
import dev.sigscript.interp.nodes.expression.SigBinaryNode;
import dev.sigscript.interp.nodes.expression.SigErrnoNode;
import dev.sigscript.interp.nodes.expression.SigIndexNode;
import dev.sigscript.interp.nodes.expression.SigListLiteralNode;
import dev.sigscript.interp.nodes.expression.SigLiteralNode;
import dev.sigscript.interp.nodes.expression.SigMemberNode;
import dev.sigscript.interp.nodes.expression.SigMemberWriteNode;
import dev.sigscript.interp.nodes.expression.SigSetLiteralNode;
import dev.sigscript.interp.nodes.expression.SigUnaryNode;
import dev.sigscript.interp.nodes.local.SigReadArgNode;
import dev.sigscript.interp.nodes.local.SigReadGlobalNode;
import dev.sigscript.interp.nodes.local.SigReadLocalNode;
import dev.sigscript.interp.nodes.local.SigWriteGlobalNode;
import dev.sigscript.interp.nodes.local.SigWriteLocalNode;
import dev.sigscript.interp.runtime.CodeMap;
import dev.sigscript.interp.runtime.DurationValue;
import dev.sigscript.interp.runtime.FunctionRef;
import dev.sigscript.interp.runtime.ProcessCode;
import dev.sigscript.interp.runtime.ProcessRef;
import dev.sigscript.kernel.abi.Signals;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a checked process declaration into Truffle nodes (SL's parser-to-nodes step, from our
 * immutable AST). Names resolve, innermost first: locals and parameters, process-level
 * variables, the process's handlers and functions, processes, {@code errno}, then C constants.
 * The checker has already rejected anything unresolvable.
 */
public final class NodeFactory {
    private final TruffleLanguage<?> language;
    private final String file;
    private final String sourceText;
    private final CodeMap code;
    private final Map<String, ProcessRef> processes;

    // per process
    private List<String> globals;
    private Map<String, FunctionRef> functions;
    private Map<String, SigCallNode.TargetHolder> holders;

    public NodeFactory(TruffleLanguage<?> language, dev.sigscript.grammar.ast.SourceFile source, CodeMap code,
            Map<String, ProcessRef> processes) {
        this.language = language;
        this.file = source.name();
        this.sourceText = source.text();
        this.code = code;
        this.processes = processes;
    }

    public ProcessCode process(ProcessDecl p, int uid) {
        globals = new ArrayList<>();
        for (Stmt s : p.body()) {
            if (s instanceof Stmt.Let let && !globals.contains(let.name())) {
                globals.add(let.name());
            }
        }
        functions = new LinkedHashMap<>();
        holders = new HashMap<>();
        record Pending(String name, List<Param> params, Block body, boolean handler, long address) {}
        List<Pending> pending = new ArrayList<>();
        for (HandlerDecl h : p.handlers()) {
            pending.add(new Pending(h.name(), h.params(), h.body(), true, code.reserveEntry()));
        }
        for (FnDecl f : p.functions()) {
            pending.add(new Pending(f.name(), f.params(), f.body(), false, code.reserveEntry()));
        }
        for (Pending d : pending) {
            functions.put(d.name(), new FunctionRef(d.name(), d.address(), d.params().size(), d.handler()));
            holders.put(d.name(), new SigCallNode.TargetHolder());
        }
        for (Pending d : pending) {
            Scope scope = Scope.root();
            List<SigStatementNode> prologue = new ArrayList<>();
            for (int i = 0; i < d.params().size(); i++) {
                int slot = scope.declare(d.params().get(i).name());
                prologue.add(new SigWriteLocalNode(slot, new SigReadArgNode(i + 1)));
            }
            prologue.add(block(d.body(), scope, false));
            SigRootNode root = new SigRootNode(language, scope.build(),
                    new SigBlockNode(prologue.toArray(SigStatementNode[]::new)), d.name());
            var target = root.getCallTarget();
            holders.get(d.name()).target = target;
            code.bind(d.address(), d.name(), target, d.params().size(), d.handler());
        }
        long mainAddress = code.reserveEntry();
        Scope scope = Scope.root();
        List<SigStatementNode> body = new ArrayList<>();
        for (Stmt s : p.body()) {
            body.add(stmt(s, scope, true));
        }
        SigRootNode main = new SigRootNode(language, scope.build(),
                new SigBlockNode(body.toArray(SigStatementNode[]::new)), p.name());
        code.bind(mainAddress, p.name(), main.getCallTarget(), 0, false);
        return new ProcessCode(p.name(), uid, main.getCallTarget(), mainAddress, functions, globals);
    }

    private String text(Span span) {
        return sourceText.substring(span.start(), Math.min(span.end(), sourceText.length()));
    }

    private <T extends SigNode> T at(T node, Span span) {
        return node.at(file, span);
    }

    private SigStatementNode block(Block b, Scope scope, boolean topLevel) {
        Scope inner = topLevel ? scope : scope.child();
        List<SigStatementNode> nodes = new ArrayList<>();
        for (Stmt s : b.stmts()) {
            nodes.add(stmt(s, inner, false));
        }
        return at(new SigBlockNode(nodes.toArray(SigStatementNode[]::new)), b.span());
    }

    private SigStatementNode stmt(Stmt s, Scope scope, boolean topLevel) {
        return switch (s) {
            case Stmt.Let let -> {
                SigExpressionNode init = expr(let.init(), scope);
                if (topLevel) {
                    yield at(new SigWriteGlobalNode(globals.indexOf(let.name()), init), s.span());
                }
                yield at(new SigWriteLocalNode(scope.declare(let.name()), init), s.span());
            }
            case Stmt.Assign a -> assign(a, scope);
            case Stmt.If i -> at(new SigIfNode(expr(i.cond(), scope), block(i.then(), scope, false),
                    i.orElse().map(e -> block(e, scope, false)).orElse(null)), s.span());
            case Stmt.While w -> at(new SigWhileNode(expr(w.cond(), scope), block(w.body(), scope, false)), s.span());
            case Stmt.Loop l -> at(new SigWhileNode(null, block(l.body(), scope, false)), s.span());
            case Stmt.For f -> {
                Scope inner = scope.child();
                int slot = inner.declare(f.var());
                yield at(new SigForNode(slot, expr(f.from(), scope), expr(f.to(), scope), block(f.body(), inner, false)),
                        s.span());
            }
            case Stmt.Break b -> at(new SigJumpNode(SigJumpNode.Kind.BREAK, null), s.span());
            case Stmt.Continue c -> at(new SigJumpNode(SigJumpNode.Kind.CONTINUE, null), s.span());
            case Stmt.Return r -> at(new SigJumpNode(SigJumpNode.Kind.RETURN, r.value().map(v -> expr(v, scope))
                    .orElse(null)), s.span());
            case Stmt.ExprStmt e -> at(new ExprStatement(expr(e.expr(), scope)), s.span());
            case Stmt.Expect e -> at(new SigExpectNode(expr(e.cond(), scope), text(e.cond().span())), s.span());
            case Stmt.Dump d -> at(new SigDumpNode(d.what()), s.span());
            case Stmt.Exec e -> throw new UnsupportedConstruct(s.span(), "exec");
        };
    }

    private SigStatementNode assign(Stmt.Assign a, Scope scope) {
        SigExpressionNode value = expr(a.value(), scope);
        if (a.op().binary() != null) {
            value = at(new SigBinaryNode(a.op().binary(), expr(a.target(), scope), value), a.span());
        }
        return switch (a.target()) {
            case Expr.Name n -> {
                int slot = scope.lookup(n.id());
                if (slot >= 0) {
                    yield at(new SigWriteLocalNode(slot, value), a.span());
                }
                yield at(new SigWriteGlobalNode(globals.indexOf(n.id()), value), a.span());
            }
            case Expr.Member m -> at(new SigMemberWriteNode(expr(m.target(), scope), m.name(), value), a.span());
            default -> throw new UnsupportedConstruct(a.span(), "assignment to this target");
        };
    }

    SigExpressionNode expr(Expr e, Scope scope) {
        return at(switch (e) {
            case Expr.IntLit i -> new SigLiteralNode(i.value());
            case Expr.StrLit s -> new SigLiteralNode(s.value());
            case Expr.BoolLit b -> new SigLiteralNode(b.value());
            case Expr.DurationLit d -> new SigLiteralNode(new DurationValue(d.nanos()));
            case Expr.SignalLit s -> new SigLiteralNode(
                    (long) Signals.byScriptName(s.name(), s.offset()).orElse(0));
            case Expr.SigSetLit s -> new SigSetLiteralNode(exprs(s.elements(), scope));
            case Expr.ListLit l -> new SigListLiteralNode(exprs(l.elements(), scope));
            case Expr.Name n -> name(n, scope);
            case Expr.Call c -> call(c, scope);
            case Expr.Binary b -> new SigBinaryNode(b.op(), expr(b.left(), scope), expr(b.right(), scope));
            case Expr.Unary u -> new SigUnaryNode(u.op(), expr(u.operand(), scope));
            case Expr.Member m -> new SigMemberNode(expr(m.target(), scope), m.name());
            case Expr.Index i -> new SigIndexNode(expr(i.target(), scope), expr(i.index(), scope));
            case Expr.Fork f -> throw new UnsupportedConstruct(e.span(), "fork");
        }, e.span());
    }

    private SigExpressionNode[] exprs(List<Expr> list, Scope scope) {
        return list.stream().map(x -> expr(x, scope)).toArray(SigExpressionNode[]::new);
    }

    private SigExpressionNode name(Expr.Name n, Scope scope) {
        String id = n.id();
        int slot = scope.lookup(id);
        if (slot >= 0) {
            return new SigReadLocalNode(slot, id);
        }
        int g = globals.indexOf(id);
        if (g >= 0) {
            return new SigReadGlobalNode(g, id);
        }
        if (functions.containsKey(id)) {
            return new SigLiteralNode(functions.get(id));
        }
        if (processes.containsKey(id)) {
            return new SigLiteralNode(processes.get(id));
        }
        if (id.equals("errno")) {
            return new SigErrnoNode();
        }
        return new SigLiteralNode(Constants.lookup(id).orElseThrow(() -> new UnsupportedConstruct(n.span(),
                "unresolved name " + id)));
    }

    private SigExpressionNode call(Expr.Call c, Scope scope) {
        List<Expr> positional = new ArrayList<>();
        if (c.callee() instanceof Expr.Member m) {
            positional.add(m.target());
        }
        String name = c.name();
        if (c.callee() instanceof Expr.Name && functions.containsKey(name)) {
            List<SigExpressionNode> args = new ArrayList<>();
            for (Arg a : c.args()) {
                args.add(expr(a.value(), scope));
            }
            return new SigCallNode(holders.get(name), functions.get(name).address(), code.newSite("after call to " + name),
                    args.toArray(SigExpressionNode[]::new));
        }
        Builtins.Spec spec = Builtins.lookup(name).orElseThrow(() -> new UnsupportedConstruct(c.span(),
                "unresolved call " + name));
        for (Arg a : c.args()) {
            if (!a.isNamed()) {
                positional.add(a.value());
            }
        }
        if (spec.varargs()) {
            return spec.create(exprs(positional, scope), code.newSite(name));
        }
        SigExpressionNode[] args = new SigExpressionNode[spec.params().size()];
        for (int i = 0; i < args.length; i++) {
            Builtins.Param p = spec.params().get(i);
            Expr given = i < positional.size() ? positional.get(i) : null;
            for (Arg a : c.args()) {
                if (a.name().filter(p.name()::equals).isPresent()) {
                    given = a.value();
                }
            }
            args[i] = given != null ? expr(given, scope) : new SigLiteralNode(p.defaultValue());
        }
        return spec.create(args, code.newSite(name));
    }

    /** An expression evaluated for its effect. */
    private static final class ExprStatement extends SigStatementNode {
        @Child private SigExpressionNode e;

        ExprStatement(SigExpressionNode e) {
            this.e = e;
        }

        @Override
        public void execute(com.oracle.truffle.api.frame.VirtualFrame frame) {
            e.execute(frame);
        }
    }
}
