package dev.sigscript.grammar;

import dev.sigscript.grammar.ast.SourceFile;
import dev.sigscript.grammar.ast.Span;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Generic access to the AST records: the children of a node in component order. Used by
 * {@link AstPrinter} and {@link SyntaxRules}; code that interprets the tree should switch over
 * the sealed types instead.
 */
public final class AstNodes {

    /** One component of a record: its name and value (a node, list, Optional, Span or scalar). */
    public record Component(String name, Object value) {}

    private AstNodes() {}

    /** {@return the components of a record node, except the source file} */
    public static List<Component> components(Record node) {
        List<Component> out = new ArrayList<>();
        for (RecordComponent rc : node.getClass().getRecordComponents()) {
            if (rc.getType() == SourceFile.class) {
                continue;
            }
            try {
                out.add(new Component(rc.getName(), rc.getAccessor().invoke(node)));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + rc, e);
            }
        }
        return out;
    }

    /** {@return the record nodes directly below node, in source order} */
    public static List<Record> children(Record node) {
        List<Record> out = new ArrayList<>();
        for (Component c : components(node)) {
            addNodes(c.value(), out);
        }
        return out;
    }

    /** Calls visitor on node and every node below it, parents first. */
    public static void walk(Record node, Consumer<Record> visitor) {
        visitor.accept(node);
        for (Record child : children(node)) {
            walk(child, visitor);
        }
    }

    static boolean isNode(Object value) {
        return value instanceof Record && !(value instanceof Span) && !(value instanceof SourceFile);
    }

    private static void addNodes(Object value, List<Record> out) {
        switch (value) {
            case List<?> list -> list.forEach(v -> addNodes(v, out));
            case Optional<?> opt -> opt.ifPresent(v -> addNodes(v, out));
            case Record r when isNode(r) -> out.add(r);
            case null, default -> { }
        }
    }
}
