// The tokens of sigscript (.sig files). See docs/LANGUAGE.md, "Lexical structure".
//
// Newlines are ordinary whitespace. Malformed literals are real tokens (BAD_NUMBER,
// UNTERMINATED_STRING, UNTERMINATED_COMMENT, ERROR_CHAR) rather than lexer errors, so that
// SigParsing reports each once, with a hint, and repairs it before the parser sees it.

// $antlr-format alignColons hanging, allowShortRulesOnASingleLine true

lexer grammar SigLexer;

// Keywords.
SCENARIO : 'scenario';
PROCESS  : 'process';
THREAD   : 'thread';
HANDLER  : 'handler';
FN       : 'fn';
LET      : 'let';
VAR      : 'var';
IF       : 'if';
ELSE     : 'else';
WHILE    : 'while';
LOOP     : 'loop';
FOR      : 'for';
IN       : 'in';
BREAK    : 'break';
CONTINUE : 'continue';
RETURN   : 'return';
EXPECT   : 'expect';
DUMP     : 'dump';
AT       : 'at';
EVERY    : 'every';
FROM     : 'from';
FORK     : 'fork';
EXEC     : 'exec';
TRUE     : 'true';
FALSE    : 'false';

// Soft keywords: keywords only where the grammar asks for them, names everywhere else.
EXITED    : 'exited';
KILLED    : 'killed';
STOPPED   : 'stopped';
BY        : 'by';
CORE      : 'core';
DUMPED    : 'dumped';
PRINTED   : 'printed';
HANDLED   : 'handled';
TIMES     : 'times';
ALWAYS    : 'always';
SOMETIMES : 'sometimes';
ARCH      : 'arch';
SEED      : 'seed';
RLIMIT    : 'rlimit';
RESTORER  : 'restorer';
UID       : 'uid';
PGRP      : 'pgrp';
SESSION   : 'session';

// Punctuation.
LBRACE   : '{';
RBRACE   : '}';
LPAREN   : '(';
RPAREN   : ')';
LBRACKET : '[';
RBRACKET : ']';
COMMA    : ',';
SEMI     : ';';
COLON    : ':';
DOTDOT   : '..';
DOT      : '.';

// Operators: one token each.
PLUS_ASSIGN  : '+=';
MINUS_ASSIGN : '-=';
STAR_ASSIGN  : '*=';
PIPE_ASSIGN  : '|=';
AMP_ASSIGN   : '&=';
OR_OR        : '||';
AND_AND      : '&&';
EQ           : '==';
NE           : '!=';
LE           : '<=';
GE           : '>=';
LT           : '<';
GT           : '>';
ASSIGN       : '=';
PIPE         : '|';
AMP          : '&';
PLUS         : '+';
MINUS        : '-';
STAR         : '*';
SLASH        : '/';
PERCENT      : '%';
BANG         : '!';
TILDE        : '~';

// Literals. DURATION precedes INT and BAD_NUMBER: on equal length the first rule wins.
DURATION : DECIMAL ('.' DECIMAL)? ('ns' | 'us' | 'ms' | 's');
INT      : DECIMAL | '0' [xX] HEX_DIGIT [0-9a-fA-F_]*;
STRING   : '"' (ESCAPE | ~["\\\r\n])* '"';

// SIGUSR1, SIGRTMIN+2, SIGRTMAX-1. Names with '_' (SIG_BLOCK, SIG_IGN) are longer IDENTs.
SIGNAL : 'SIG' [A-Z0-9]+ ([+-] [0-9]+)?;

IDENT : [a-zA-Z_] [a-zA-Z0-9_]*;

// Hidden: kept for tools (formatter, language server), invisible to the parser.
WS            : [ \t\r\n\f]+ -> channel(HIDDEN);
LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN);
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN);

// Malformed input, reported and repaired by SigParsing.
BAD_NUMBER
    : DECIMAL ('.' DECIMAL)? [a-zA-Z_] [a-zA-Z0-9_]*
    | DECIMAL '.' DECIMAL
    ;
UNTERMINATED_STRING  : '"' (ESCAPE | ~["\\\r\n])* '\\'?;
UNTERMINATED_COMMENT : '/*' (~'*' | '*'+ ~[*/])* '*'*;
ERROR_CHAR           : .;

fragment DECIMAL   : [0-9] [0-9_]*;
fragment HEX_DIGIT : [0-9a-fA-F];
fragment ESCAPE    : '\\' ~[\r\n];
