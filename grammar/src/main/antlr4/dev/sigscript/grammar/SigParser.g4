// The syntax of sigscript (.sig files). See docs/LANGUAGE.md for the reference with examples.
//
// Every alternative of a multi-way rule is labelled; AstBuilder has one visit per label.
// Newlines are whitespace: a statement ends where its expression cannot continue, and ';'
// may separate statements anywhere.

// $antlr-format alignColons hanging, allowShortRulesOnASingleLine false

parser grammar SigParser;

options {
    tokenVocab = SigLexer;
}

script
    : scenario+ EOF
    ;

scenario
    : SCENARIO title=STRING LBRACE scenarioItem* RBRACE
    ;

scenarioItem
    : setting       # settingItem
    | processDecl   # processDeclItem
    | letDecl       # sharedItem
    | timedEvent    # timedEventItem
    | expectation   # expectationItem
    | SEMI          # emptyScenarioItem
    ;

setting
    : ARCH value=identifier                      # archSetting
    | SEED value=INT                             # seedSetting
    | RLIMIT resource=identifier limit=settingValue # rlimitSetting
    | RESTORER value=identifier                  # restorerSetting
    ;

settingValue
    : INT        # intSettingValue
    | identifier # nameSettingValue
    ;

processDecl
    : PROCESS name=identifier processAttribute* LBRACE processItem* RBRACE
    ;

processAttribute
    : UID value=INT            # uidAttribute
    | PGRP value=identifier    # pgrpAttribute
    | SESSION value=identifier # sessionAttribute
    ;

processItem
    : handlerDecl # handlerItem
    | fnDecl      # fnItem
    | threadDecl  # threadItem
    | statement   # statementItem
    | SEMI        # emptyProcessItem
    ;

handlerDecl
    : HANDLER name=identifier LPAREN parameters? RPAREN body=block
    ;

fnDecl
    : FN name=identifier LPAREN parameters? RPAREN body=block
    ;

threadDecl
    : THREAD name=identifier body=block
    ;

parameters
    : identifier (COMMA identifier)* COMMA?
    ;

block
    : LBRACE (statement | SEMI)* RBRACE
    ;

letDecl
    : kind=(LET | VAR) name=identifier ASSIGN init=expression
    ;

statement
    : letDecl                                                            # letStatement
    | ifClause                                                           # ifStatement
    | WHILE cond=expression body=block                                   # whileStatement
    | LOOP body=block                                                    # loopStatement
    | FOR variable=identifier IN from=expression DOTDOT to=expression body=block # forStatement
    | BREAK                                                              # breakStatement
    | CONTINUE                                                           # continueStatement
    | RETURN value=expression?                                           # returnStatement
    | EXPECT cond=expression                                             # expectStatement
    | DUMP what=identifier arg=expression?                               # dumpStatement
    | EXEC body=block                                                    # execStatement
    | target=expression (op=(ASSIGN | PLUS_ASSIGN | MINUS_ASSIGN | STAR_ASSIGN | PIPE_ASSIGN | AMP_ASSIGN) value=expression)? # expressionStatement
    ;

ifClause
    : IF cond=expression then=block (ELSE (elseBlock=block | elseIf=ifClause))?
    ;

// An expression statement with an assignment operator is an assignment. (One alternative, not
// two: deciding between them would make the parser scan a whole expression ahead, and report
// an error inside it as "expected <statement>".)

// Precedence is the order of the alternatives, highest first.
expression
    : callee=expression LPAREN arguments? RPAREN                       # callExpr
    | target=expression DOT name=identifier                            # memberExpr
    | target=expression LBRACKET index=expression RBRACKET             # indexExpr
    | op=(BANG | MINUS | TILDE) operand=expression                     # unaryExpr
    | left=expression op=(STAR | SLASH | PERCENT) right=expression     # binaryExpr
    | left=expression op=(PLUS | MINUS) right=expression               # binaryExpr
    | left=expression op=AMP right=expression                          # binaryExpr
    | left=expression op=PIPE right=expression                         # binaryExpr
    | left=expression op=(LT | LE | GT | GE) right=expression          # binaryExpr
    | left=expression op=(EQ | NE) right=expression                    # binaryExpr
    | left=expression op=AND_AND right=expression                      # binaryExpr
    | left=expression op=OR_OR right=expression                        # binaryExpr
    | primary                                                          # primaryExpr
    ;

primary
    : INT                                                       # intLiteral
    | STRING                                                    # stringLiteral
    | value=(TRUE | FALSE)                                      # boolLiteral
    | DURATION                                                  # durationLiteral
    | SIGNAL                                                    # signalLiteral
    | LBRACE (expression (COMMA expression)* COMMA?)? RBRACE    # sigSetLiteral
    | LBRACKET (expression (COMMA expression)* COMMA?)? RBRACKET # listLiteral
    | FORK body=block                                           # forkExpr
    | identifier                                                # nameExpr
    | LPAREN inner=expression RPAREN                            # parenExpr
    ;

arguments
    : argument (COMMA argument)* COMMA?
    ;

argument
    : name=identifier COLON value=expression # namedArgument
    | value=expression                       # positionalArgument
    ;

timedEvent
    : AT time=DURATION COLON action=eventCall (FROM sender=identifier)?                            # atEvent
    | EVERY period=DURATION (TIMES count=INT)? COLON action=eventCall (FROM sender=identifier)?    # everyEvent
    ;

eventCall
    : callee=identifier LPAREN arguments? RPAREN
    ;

expectation
    : EXPECT quantifier? process=identifier EXITED code=expression                          # exitedExpectation
    | EXPECT quantifier? process=identifier KILLED BY signal=expression (CORE DUMPED)?      # killedExpectation
    | EXPECT quantifier? process=identifier STOPPED BY signal=expression                    # stoppedExpectation
    | EXPECT quantifier? process=identifier PRINTED text=STRING                             # printedExpectation
    | EXPECT quantifier? process=identifier HANDLED signal=expression count=expression TIMES # handledExpectation
    | EXPECT quantifier? cond=expression                                                    # holdsExpectation
    ;

quantifier
    : ALWAYS    # alwaysQuantifier
    | SOMETIMES # sometimesQuantifier
    ;

identifier
    : IDENT       # plainIdentifier
    | softKeyword # softIdentifier
    ;

softKeyword
    : EXITED
    | KILLED
    | STOPPED
    | BY
    | CORE
    | DUMPED
    | PRINTED
    | HANDLED
    | TIMES
    | ALWAYS
    | SOMETIMES
    | ARCH
    | SEED
    | RLIMIT
    | RESTORER
    | UID
    | PGRP
    | SESSION
    ;
