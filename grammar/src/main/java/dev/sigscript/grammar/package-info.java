/**
 * The sigscript grammar: text to AST and syntax diagnostics.
 *
 * <p>{@link dev.sigscript.grammar.SigParsing#parse(String, String)} is the entry point; it
 * returns a {@link dev.sigscript.grammar.ParseResult} with the
 * {@link dev.sigscript.grammar.ast.Script} (present only when there is no error) and every
 * {@link dev.sigscript.grammar.diag.Diagnostic}, and never throws. The ANTLR grammars
 * ({@code SigLexer.g4}, {@code SigParser.g4}) are compiled at build time; the parse tree is
 * turned into the immutable records of {@code ast} by {@code AstBuilder}.
 * {@link dev.sigscript.grammar.AstPrinter} prints a tree (golden files, tools),
 * {@link dev.sigscript.grammar.AstNodes} walks one generically, and
 * {@link dev.sigscript.grammar.Literals} decodes literal tokens. The language reference is
 * docs/LANGUAGE.md.
 */
package dev.sigscript.grammar;
