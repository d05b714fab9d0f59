package se.hrvstat.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recursive-descent parser for the indicator language. Grammar (keywords in any case):
 * <pre>
 *   expression := and ( "or" and )*
 *   and        := unary ( "and" unary )*
 *   unary      := "not" unary | primary
 *   primary    := "(" expression ")"
 *               | "at" "least" INT "of" list
 *               | VARIABLE ( "=" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=" ) INT
 *               | VARIABLE [ "not" ] "in" "(" INT ( "," INT )* ")"
 *               | ITEM | INDICATOR
 *   list       := "(" expression ( "," expression )* ")" | unary ( "," unary )*
 * </pre>
 * {@code not} binds tighter than {@code and}, which binds tighter than {@code or}.
 * Errors are {@link ParseError}s carrying the 1-based column and what was expected.
 */
final class ExpressionParser {

    /** A syntax error at a 1-based column of the expression text. */
    static final class ParseError extends Exception {
        final int column;

        ParseError(int column, String message) {
            super(message);
            this.column = column;
        }
    }

    private enum Kind { WORD, NUMBER, OPEN, CLOSE, COMMA, OPERATOR, END }

    private record Token(Kind kind, String text, int column) {
        String describe() {
            return kind == Kind.END ? "end of expression" : "'" + text + "'";
        }

        boolean is(String word) {
            return kind == Kind.WORD && text.equals(word);
        }
    }

    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "at", "least", "of", "in");

    private final List<Token> tokens;
    private final Set<String> indicatorNames;
    private int pos;

    private ExpressionParser(List<Token> tokens, Set<String> indicatorNames) {
        this.tokens = tokens;
        this.indicatorNames = indicatorNames;
    }

    /**
     * Parses {@code text}; a bare name that is not an item must be one of {@code indicatorNames}
     * and becomes an {@link Expr.Ref} to be resolved by the catalogue.
     */
    static Expr parse(String text, Set<String> indicatorNames) throws ParseError {
        ExpressionParser p = new ExpressionParser(tokenize(text), indicatorNames);
        if (p.peek().kind == Kind.END) {
            throw new ParseError(1, "expected an expression, found nothing");
        }
        Expr e = p.expression();
        if (p.peek().kind != Kind.END) {
            throw p.expected("'and', 'or' or end of expression");
        }
        return e;
    }

    private Expr expression() throws ParseError {
        List<Expr> parts = new ArrayList<>(List.of(and()));
        while (peek().is("or")) {
            pos++;
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : new Expr.Junction(false, List.copyOf(parts));
    }

    private Expr and() throws ParseError {
        List<Expr> parts = new ArrayList<>(List.of(unary()));
        while (peek().is("and")) {
            pos++;
            parts.add(unary());
        }
        return parts.size() == 1 ? parts.get(0) : new Expr.Junction(true, List.copyOf(parts));
    }

    private Expr unary() throws ParseError {
        if (peek().is("not")) {
            pos++;
            return new Expr.Not(unary());
        }
        return primary();
    }

    private Expr primary() throws ParseError {
        Token t = peek();
        if (t.kind == Kind.OPEN) {
            pos++;
            Expr inner = expression();
            expect(Kind.CLOSE, "')'");
            return inner;
        }
        if (t.is("at")) {
            return atLeast();
        }
        if (t.kind != Kind.WORD || KEYWORDS.contains(t.text)) {
            throw expected("an item, an indicator, a comparison, 'not', 'at least' or '('");
        }
        pos++;
        Token next = peek();
        boolean notIn = next.is("not") && pos + 1 < tokens.size() && tokens.get(pos + 1).is("in");
        if (next.kind == Kind.OPERATOR || next.is("in") || notIn) {
            return comparison(t);
        }
        if (Codes.isItem(t.text)) {
            return new Expr.Item(t.text);
        }
        if (Codes.isVariable(t.text)) {
            throw new ParseError(t.column, "'" + t.text + "' is not a yes/no item; compare it with"
                    + " a code, e.g. " + t.text + " = 1");
        }
        if (indicatorNames.contains(t.text)) {
            return new Expr.Ref(t.text, t.column);
        }
        throw new ParseError(t.column, "unknown item or indicator '" + t.text + "'");
    }

    private Expr atLeast() throws ParseError {
        pos++;
        expectWord("least");
        Token kToken = expect(Kind.NUMBER, "a whole number");
        int k = number(kToken);
        expectWord("of");
        List<Expr> operands = new ArrayList<>();
        if (peek().kind == Kind.OPEN) {
            pos++;
            operands.add(expression());
            while (peek().kind == Kind.COMMA) {
                pos++;
                operands.add(expression());
            }
            expect(Kind.CLOSE, "',' or ')'");
        } else {
            operands.add(unary());
            while (peek().kind == Kind.COMMA) {
                pos++;
                operands.add(unary());
            }
        }
        if (k < 1 || k > operands.size()) {
            throw new ParseError(kToken.column, "'at least " + k + " of' needs k between 1 and the "
                    + operands.size() + " operands listed");
        }
        return new Expr.AtLeast(k, List.copyOf(operands));
    }

    private Expr comparison(Token variable) throws ParseError {
        if (!Codes.isVariable(variable.text)) {
            throw new ParseError(variable.column, "unknown variable '" + variable.text + "'");
        }
        Token opToken = tokens.get(pos++);
        Expr.Op op;
        int[] values;
        if (opToken.kind == Kind.OPERATOR) {
            op = switch (opToken.text) {
                case "=", "==" -> Expr.Op.EQ;
                case "!=", "<>" -> Expr.Op.NE;
                case "<" -> Expr.Op.LT;
                case "<=" -> Expr.Op.LE;
                case ">" -> Expr.Op.GT;
                default -> Expr.Op.GE;
            };
            values = new int[] {code(variable.text)};
        } else {
            op = Expr.Op.IN;
            if (opToken.is("not")) {
                pos++;
                op = Expr.Op.NOT_IN;
            }
            expect(Kind.OPEN, "'('");
            List<Integer> list = new ArrayList<>();
            list.add(code(variable.text));
            while (peek().kind == Kind.COMMA) {
                pos++;
                list.add(code(variable.text));
            }
            expect(Kind.CLOSE, "',' or ')'");
            values = list.stream().mapToInt(Integer::intValue).toArray();
        }
        return new Expr.Compare(variable.text, op, values);
    }

    private int code(String variable) throws ParseError {
        Token t = expect(Kind.NUMBER, "a code (a whole number)");
        int value = number(t);
        if (Codes.isMissing(variable, value)) {
            throw new ParseError(t.column, "code " + value + " of " + variable
                    + " means missing, so a comparison with it is always unknown");
        }
        return value;
    }

    private static int number(Token t) throws ParseError {
        try {
            return Integer.parseInt(t.text);
        } catch (NumberFormatException e) {
            throw new ParseError(t.column, "number " + t.text + " is too large");
        }
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token expect(Kind kind, String what) throws ParseError {
        if (peek().kind != kind) {
            throw expected(what);
        }
        return tokens.get(pos++);
    }

    private void expectWord(String word) throws ParseError {
        if (!peek().is(word)) {
            throw expected("'" + word + "'");
        }
        pos++;
    }

    private ParseError expected(String what) {
        Token t = peek();
        return new ParseError(t.column, "expected " + what + " but found " + t.describe());
    }

    private static List<Token> tokenize(String text) throws ParseError {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int column = i + 1;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
                out.add(new Token(Kind.WORD, text.substring(start, i).toLowerCase(Locale.ROOT), column));
            } else if (c >= '0' && c <= '9') {
                int start = i;
                while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                }
                out.add(new Token(Kind.NUMBER, text.substring(start, i), column));
            } else if (c == '(' || c == ')' || c == ',') {
                Kind kind = c == '(' ? Kind.OPEN : c == ')' ? Kind.CLOSE : Kind.COMMA;
                out.add(new Token(kind, String.valueOf(c), column));
                i++;
            } else if ("=!<>".indexOf(c) >= 0) {
                String two = i + 1 < n ? text.substring(i, i + 2) : "";
                String op = switch (two) {
                    case "==", "!=", "<=", ">=", "<>" -> two;
                    default -> String.valueOf(c);
                };
                if (op.equals("!")) {
                    throw new ParseError(column, "unexpected '!' (use 'not', or '!=' for not equal)");
                }
                out.add(new Token(Kind.OPERATOR, op, column));
                i += op.length();
            } else {
                throw new ParseError(column, "unexpected character '" + c + "'");
            }
        }
        out.add(new Token(Kind.END, "", n + 1));
        return out;
    }
}
