package se.hrvstat.indicator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The syntax tree of an indicator expression. Each node can print itself in canonical form
 * (used for fingerprints), name the variables it reads, replace references to other
 * indicators, and bind itself to data columns for evaluation.
 */
sealed interface Expr {

    /** Evaluates a bound expression for one respondent; returns a {@link Truth} byte. */
    @FunctionalInterface
    interface RowTruth {
        byte at(int row);
    }

    /** Fully parenthesised text with single spaces and lower-case keywords. */
    String canonical();

    /** Adds the survey variables this expression reads. */
    void collectVariables(Set<String> into);

    /** Replaces each {@link Ref} with {@code resolver.apply(ref)}. */
    Expr resolve(Function<Ref, Expr> resolver);

    /** Binds to columns (all variables present, references resolved). */
    RowTruth bind(Map<String, int[]> columns);

    /** A yes/no item standing alone: 1 true, 2 false, otherwise unknown. */
    record Item(String name) implements Expr {
        public String canonical() {
            return name;
        }

        public void collectVariables(Set<String> into) {
            into.add(name);
        }

        public Expr resolve(Function<Ref, Expr> resolver) {
            return this;
        }

        public RowTruth bind(Map<String, int[]> columns) {
            int[] codes = columns.get(name);
            return row -> Truth.ofItem(codes[row]);
        }
    }

    /** A reference to another indicator's definition, by name; {@code column} is where it stood. */
    record Ref(String name, int column) implements Expr {
        public String canonical() {
            return name;
        }

        public void collectVariables(Set<String> into) {
            throw new IllegalStateException("unresolved reference " + name);
        }

        public Expr resolve(Function<Ref, Expr> resolver) {
            return resolver.apply(this);
        }

        public RowTruth bind(Map<String, int[]> columns) {
            throw new IllegalStateException("unresolved reference " + name);
        }
    }

    record Not(Expr operand) implements Expr {
        public String canonical() {
            return "not " + operand.canonical();
        }

        public void collectVariables(Set<String> into) {
            operand.collectVariables(into);
        }

        public Expr resolve(Function<Ref, Expr> resolver) {
            return new Not(operand.resolve(resolver));
        }

        public RowTruth bind(Map<String, int[]> columns) {
            RowTruth a = operand.bind(columns);
            return row -> Truth.not(a.at(row));
        }
    }

    /** {@code and} ({@code isAnd}) or {@code or} over two or more operands, Kleene logic. */
    record Junction(boolean isAnd, List<Expr> operands) implements Expr {
        public String canonical() {
            return operands.stream().map(Expr::canonical)
                    .collect(Collectors.joining(isAnd ? " and " : " or ", "(", ")"));
        }

        public void collectVariables(Set<String> into) {
            operands.forEach(o -> o.collectVariables(into));
        }

        public Expr resolve(Function<Ref, Expr> resolver) {
            return new Junction(isAnd, operands.stream().map(o -> o.resolve(resolver)).toList());
        }

        public RowTruth bind(Map<String, int[]> columns) {
            RowTruth[] parts = bindAll(operands, columns);
            if (isAnd) {
                return row -> {
                    byte t = Truth.TRUE;
                    for (RowTruth p : parts) {
                        t = Truth.and(t, p.at(row));
                        if (t == Truth.FALSE) {
                            break;
                        }
                    }
                    return t;
                };
            }
            return row -> {
                byte t = Truth.FALSE;
                for (RowTruth p : parts) {
                    t = Truth.or(t, p.at(row));
                    if (t == Truth.TRUE) {
                        break;
                    }
                }
                return t;
            };
        }
    }

    /**
     * {@code at least k of (e1, ..., en)}: true when at least k operands are true, false when
     * more than n − k are false (so k can no longer be reached), unknown otherwise.
     */
    record AtLeast(int k, List<Expr> operands) implements Expr {
        public String canonical() {
            return operands.stream().map(Expr::canonical)
                    .collect(Collectors.joining(", ", "at least " + k + " of (", ")"));
        }

        public void collectVariables(Set<String> into) {
            operands.forEach(o -> o.collectVariables(into));
        }

        public Expr resolve(Function<Ref, Expr> resolver) {
            return new AtLeast(k, operands.stream().map(o -> o.resolve(resolver)).toList());
        }

        public RowTruth bind(Map<String, int[]> columns) {
            RowTruth[] parts = bindAll(operands, columns);
            int n = parts.length;
            return row -> {
                int trues = 0;
                int falses = 0;
                for (RowTruth p : parts) {
                    byte t = p.at(row);
                    if (t == Truth.TRUE) {
                        trues++;
                    } else if (t == Truth.FALSE) {
                        falses++;
                    }
                }
                return trues >= k ? Truth.TRUE : falses > n - k ? Truth.FALSE : Truth.UNKNOWN;
            };
        }
    }

    /** Comparison operators on codes. */
    enum Op {
        EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), IN("in"), NOT_IN("not in");

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        boolean test(int code, int[] values) {
            return switch (this) {
                case EQ -> code == values[0];
                case NE -> code != values[0];
                case LT -> code < values[0];
                case LE -> code <= values[0];
                case GT -> code > values[0];
                case GE -> code >= values[0];
                case IN -> contains(values, code);
                case NOT_IN -> !contains(values, code);
            };
        }

        static boolean contains(int[] values, int code) {
            for (int v : values) {
                if (v == code) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code variable op value(s)}; unknown when the respondent's code is missing. */
    record Compare(String variable, Op op, int[] values) implements Expr {
        public String canonical() {
            if (op == Op.IN || op == Op.NOT_IN) {
                return variable + " " + op.symbol + " " + Arrays.stream(values).sorted().distinct()
                        .mapToObj(Integer::toString).collect(Collectors.joining(", ", "(", ")"));
            }
            return variable + " " + op.symbol + " " + values[0];
        }

        public void collectVariables(Set<String> into) {
            into.add(variable);
        }

        public Expr resolve(Function<Ref, Expr> resolver) {
            return this;
        }

        public RowTruth bind(Map<String, int[]> columns) {
            int[] codes = columns.get(variable);
            int[] missing = Codes.missingCodes(variable);
            return row -> {
                int code = codes[row];
                if (code == Codes.MISSING || Op.contains(missing, code)) {
                    return Truth.UNKNOWN;
                }
                return op.test(code, values) ? Truth.TRUE : Truth.FALSE;
            };
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Compare c && c.variable.equals(variable) && c.op == op
                    && Arrays.equals(c.values, values);
        }

        @Override
        public int hashCode() {
            return variable.hashCode() * 31 + Arrays.hashCode(values);
        }
    }

    private static RowTruth[] bindAll(List<Expr> operands, Map<String, int[]> columns) {
        List<RowTruth> bound = new ArrayList<>(operands.size());
        operands.forEach(o -> bound.add(o.bind(columns)));
        return bound.toArray(RowTruth[]::new);
    }
}
