package se.hrvstat.indicator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The indicator catalogue, read from the statisticians' file {@code jobs/indicators.ini}.
 *
 * <p>Format (see the file's own comments): {@code #} starts a comment line; {@code [name]}
 * starts an indicator; {@code key = value} lines give {@code version}, {@code label},
 * {@code definition} and optionally {@code population} and {@code breakdowns}; a line that
 * begins with white space continues the previous value. An optional {@code [defaults]} section
 * gives the {@code breakdowns} of every indicator that does not list its own.
 *
 * <p>A definition may name another indicator; the reference stands for that indicator's
 * definition (not its population filter). References are resolved after the whole file is
 * read, so order does not matter; a cycle is an error.
 */
public final class IndicatorCatalogue {

    private static final Pattern SECTION = Pattern.compile("\\[\\s*([A-Za-z0-9_]*)\\s*]\\s*");
    private static final Pattern ENTRY = Pattern.compile("([A-Za-z_]+)\\s*=(.*)");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final List<String> KEYS =
            List.of("version", "label", "definition", "population", "breakdowns");
    private static final String DEFAULTS = "defaults";

    private final List<Indicator> indicators;
    private final Map<String, Indicator> byName;

    private IndicatorCatalogue(List<Indicator> indicators) {
        this.indicators = List.copyOf(indicators);
        Map<String, Indicator> map = new LinkedHashMap<>();
        indicators.forEach(i -> map.put(i.name(), i));
        this.byName = map;
    }

    /** Parses a catalogue; the caller opens (and closes) the file, in UTF-8. */
    public static IndicatorCatalogue parse(Reader in, String sourceName) {
        try {
            return new Builder(sourceName).read(new BufferedReader(in)).build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceName, e);
        }
    }

    /** Parses a catalogue held in a string. */
    public static IndicatorCatalogue parse(String text, String sourceName) {
        return parse(new StringReader(text), sourceName);
    }

    /** The indicators in file order. */
    public List<Indicator> indicators() {
        return indicators;
    }

    public Optional<Indicator> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** One {@code [section]} of the file with its entries and their line numbers. */
    private static final class Section {
        final String name;
        final int line;
        final Map<String, String> values = new LinkedHashMap<>();
        final Map<String, Integer> lines = new HashMap<>();
        Expr definition;
        Expr population;

        Section(String name, int line) {
            this.name = name;
            this.line = line;
        }

        String get(String key) {
            return values.getOrDefault(key, "").trim().replaceAll("\\s+", " ");
        }

        int lineOf(String key) {
            return lines.getOrDefault(key, line);
        }
    }

    private static final class Builder {
        private final String source;
        private final Map<String, Section> sections = new LinkedHashMap<>();
        private final Map<String, Expr> resolved = new HashMap<>();
        private Section defaults;

        Builder(String source) {
            this.source = source;
        }

        Builder read(BufferedReader in) throws IOException {
            Section current = null;
            String lastKey = null;
            int lineNo = 0;
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                Matcher section = SECTION.matcher(trimmed);
                Matcher entry = ENTRY.matcher(trimmed);
                if (Character.isWhitespace(line.charAt(0)) && lastKey != null) {
                    current.values.merge(lastKey, " " + trimmed, String::concat);
                } else if (section.matches()) {
                    current = startSection(section.group(1), lineNo);
                    lastKey = null;
                } else if (entry.matches()) {
                    if (current == null) {
                        throw error(lineNo, 0, "'" + entry.group(1) + "' before the first [indicator]"
                                + " line");
                    }
                    lastKey = entry.group(1).toLowerCase();
                    if (!KEYS.contains(lastKey) || current == defaults && !lastKey.equals("breakdowns")) {
                        throw error(lineNo, 0, "unknown key '" + entry.group(1) + "' in [" + current.name
                                + "]; expected one of " + (current == defaults ? "breakdowns" : KEYS));
                    }
                    if (current.values.containsKey(lastKey)) {
                        throw error(lineNo, 0, "'" + lastKey + "' given twice for [" + current.name + "]");
                    }
                    current.values.put(lastKey, entry.group(2));
                    current.lines.put(lastKey, lineNo);
                } else {
                    throw error(lineNo, 0, "expected '[name]', 'key = value' or a comment, found \""
                            + trimmed + "\"");
                }
            }
            return this;
        }

        private Section startSection(String name, int lineNo) {
            if (name.equals(DEFAULTS)) {
                if (defaults != null) {
                    throw error(lineNo, 0, "[defaults] given twice");
                }
                defaults = new Section(name, lineNo);
                return defaults;
            }
            if (!NAME.matcher(name).matches()) {
                throw error(lineNo, 0, "indicator name '" + name + "' must be lower-case letters, digits"
                        + " and _, starting with a letter");
            }
            if (sections.containsKey(name)) {
                throw error(lineNo, 0, "indicator '" + name + "' defined twice (first on line "
                        + sections.get(name).line + ")");
            }
            Section s = new Section(name, lineNo);
            sections.put(name, s);
            return s;
        }

        IndicatorCatalogue build() {
            for (Section s : sections.values()) {
                for (String key : List.of("version", "label", "definition")) {
                    if (s.get(key).isEmpty()) {
                        throw error(s.line, 0, "indicator '" + s.name + "' has no " + key);
                    }
                }
                s.definition = parseExpression(s, "definition");
                s.population = s.get("population").isEmpty() ? null : parseExpression(s, "population");
            }
            List<Indicator> out = new ArrayList<>();
            for (Section s : sections.values()) {
                Expr definition = resolve(s, new ArrayDeque<>());
                Expr population = s.population == null ? null
                        : s.population.resolve(ref -> resolveRef(s, ref, new ArrayDeque<>()));
                out.add(new Indicator(s.name, version(s), s.get("label"), s.get("definition"),
                        s.get("population"), breakdowns(s), definition, population));
            }
            return new IndicatorCatalogue(out);
        }

        private Expr parseExpression(Section s, String key) {
            String text = s.get(key);
            try {
                return ExpressionParser.parse(text, sections.keySet());
            } catch (ExpressionParser.ParseError e) {
                throw error(s.lineOf(key), e.column, "indicator '" + s.name + "': " + e.getMessage()
                        + " at column " + e.column + " in " + (key.equals("population") ? "population " : "")
                        + "\"" + text + "\"");
            }
        }

        /** The definition of {@code s} with references expanded; {@code path} detects cycles. */
        private Expr resolve(Section s, Deque<String> path) {
            Expr done = resolved.get(s.name);
            if (done != null) {
                return done;
            }
            path.addLast(s.name);
            Expr e = s.definition.resolve(ref -> resolveRef(s, ref, path));
            path.removeLast();
            resolved.put(s.name, e);
            return e;
        }

        private Expr resolveRef(Section from, Expr.Ref ref, Deque<String> path) {
            if (path.contains(ref.name())) {
                List<String> cycle = new ArrayList<>(path);
                cycle = cycle.subList(cycle.indexOf(ref.name()), cycle.size());
                cycle.add(ref.name());
                throw error(from.lineOf("definition"), ref.column(), "indicator '" + from.name
                        + "': cycle of references " + String.join(" -> ", cycle));
            }
            return resolve(sections.get(ref.name()), path);
        }

        private int version(Section s) {
            try {
                int v = Integer.parseInt(s.get("version"));
                if (v >= 1) {
                    return v;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw error(s.lineOf("version"), 0, "indicator '" + s.name + "': version must be a whole"
                    + " number >= 1, found '" + s.get("version") + "'");
        }

        private List<String> breakdowns(Section s) {
            Section from = s.values.containsKey("breakdowns") || defaults == null ? s : defaults;
            String text = from.get("breakdowns");
            if (text.isEmpty()) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String domain : text.split(",")) {
                String d = domain.trim().toLowerCase();
                for (String part : d.split("\\s+x\\s+")) {
                    if (!Codes.BACKGROUND.contains(part)) {
                        throw error(from.lineOf("breakdowns"), 0, "unknown breakdown '" + part + "' in ["
                                + from.name + "]; expected one of " + Arrays.toString(
                                Codes.BACKGROUND.stream().sorted().toArray()) + " or a cross such as sex x grade");
                    }
                }
                out.add(String.join(" x ", d.split("\\s+x\\s+")));
            }
            return out;
        }

        private CatalogueException error(int line, int column, String message) {
            return new CatalogueException(source, line, column, message);
        }
    }
}
