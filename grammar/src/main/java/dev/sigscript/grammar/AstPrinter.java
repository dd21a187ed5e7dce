package dev.sigscript.grammar;

import dev.sigscript.grammar.ast.Span;
import java.util.List;
import java.util.Optional;

/**
 * Prints an AST as an indented tree, one node per line: the field it fills, the record's
 * simple name, its span as {@code @line:col-endLine:endCol}, then its scalar fields;
 * children follow, indented by two spaces. Empty lists and Optionals are left out. Used by the
 * grammar golden files ({@code *.sig.tree}) and by tools that want to show a tree.
 * <pre>
 * Binary @1:1-1:6 op=ADD
 *   left: Name @1:1-1:2 id="a"
 *   right: IntLit @1:5-1:6 value=1
 * </pre>
 */
public final class AstPrinter {

    private AstPrinter() {}

    /** {@return the tree of node, ending with a newline} */
    public static String print(Record node) {
        StringBuilder out = new StringBuilder();
        print(node, "", 0, out);
        return out.toString();
    }

    private static void print(Record node, String label, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(label).append(node.getClass().getSimpleName());
        List<AstNodes.Component> components = AstNodes.components(node);
        for (AstNodes.Component c : components) {
            String scalar = scalar(c);
            if (scalar != null) {
                out.append(' ').append(scalar);
            }
        }
        out.append('\n');
        for (AstNodes.Component c : components) {
            printChildren(c.name(), c.value(), depth + 1, out);
        }
    }

    private static void printChildren(String name, Object value, int depth, StringBuilder out) {
        switch (value) {
            case List<?> list -> list.forEach(v -> printChildren(name, v, depth, out));
            case Optional<?> opt -> opt.ifPresent(v -> printChildren(name, v, depth, out));
            case Record r when AstNodes.isNode(r) -> print(r, name + ": ", depth, out);
            case null, default -> { }
        }
    }

    /** {@return the inline text of a scalar component, or null for children and absent values} */
    private static String scalar(AstNodes.Component c) {
        Object value = c.value() instanceof Optional<?> opt ? opt.orElse(null) : c.value();
        return switch (value) {
            case null -> null;
            case Span s when c.name().equals("span") -> span(s);
            case Span s -> c.name() + "=" + span(s);
            case String s -> c.name() + "=" + quote(s);
            case Record r -> null;
            case List<?> l -> null;
            default -> c.name() + "=" + value;
        };
    }

    static String span(Span s) {
        return "@" + s.line() + ":" + s.column() + "-" + s.endLine() + ":" + s.endColumn();
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (ch < 0x20 || ch == 0x7f) {
                        out.append(String.format("\\x%02x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
