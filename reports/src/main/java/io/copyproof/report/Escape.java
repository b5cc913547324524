package io.copyproof.report;

import io.copyproof.result.VerificationResult;
import io.copyproof.result.Violation;
import io.copyproof.result.TraceStep;
import io.copyproof.result.StateValue;
import io.copyproof.result.Change;
import io.copyproof.result.Disagreement;
import io.copyproof.result.BlastRadius;
import io.copyproof.result.Slices;

import io.copyproof.config.ConfigError;
import io.copyproof.config.SourceLocation;
import io.copyproof.rules.Finding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Escaping of the text that comes from configurations (ids, names, paths, messages quoting them)
 * for formats read by people: {@link #controls} makes control characters visible, so a report can
 * neither drive a terminal (ESC, BEL), hide text (NUL, CR, bidirectional overrides), nor start a
 * line of its own; {@link #strings} applies such an escape to every string of a result.
 */
final class Escape {
    private Escape() {
    }

    /** Whether a character would act on a terminal or on the layout rather than show. */
    static boolean isControl(int c) {
        return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029 || c == 0xfeff;
    }

    /** Control characters as visible escapes: {@code \n}, {@code \t}, {@code \r}, {@code \x1b}, {@code \u202e}. */
    static String controls(String s) {
        if (s == null || s.codePoints().noneMatch(Escape::isControl)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 8);
        s.codePoints().forEach(c -> {
            if (!isControl(c)) {
                sb.appendCodePoint(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c <= 0xff) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append(String.format("\\u%04x", c));
            }
        });
        return sb.toString();
    }

    /** The result with {@code f} applied to every string in it (ids, names, messages, values, paths). */
    static VerificationResult strings(VerificationResult r, UnaryOperator<String> f) {
        List<Violation> violations = r.violations().stream().map(v -> new Violation(f.apply(v.id()),
                f.apply(v.title()), f.apply(v.engine()), v.initialState().stream().map(x -> state(x, f)).toList(),
                v.trace().stream().map(s -> step(s, f)).toList(), f.apply(v.explanation()), loc(v.location(), f),
                f.apply(v.path()), v.blastRadius().map(b -> new BlastRadius(all(b.pools(), f), all(b.ioGroups(), f),
                        all(b.volumes(), f), all(b.hosts(), f))), keys(v.foundBy(), f))).toList();
        List<Finding> findings = r.findings().stream().map(x -> new Finding(f.apply(x.id()), x.severity(),
                f.apply(x.message()), loc(x.location(), f), f.apply(x.path()), all(x.elements(), f))).toList();
        List<ConfigError> errors = r.errors().stream().map(e -> new ConfigError(f.apply(e.message()),
                loc(e.location(), f), f.apply(e.path()))).toList();
        List<Disagreement> disagreements = r.disagreements().stream().map(d -> {
            Map<String, String> m = new LinkedHashMap<>();
            d.verdictByEngine().forEach((k, v) -> m.put(f.apply(k), f.apply(v)));
            return new Disagreement(f.apply(d.id()), m);
        }).toList();
        return new VerificationResult(f.apply(r.file()), f.apply(r.configName()), r.verdict(), f.apply(r.engine()),
                r.bounds(), r.stats(), all(r.checked(), f), all(r.rulesRun(), f), violations, findings, errors,
                all(r.assumptions(), f), disagreements, r.inconclusiveReason().map(f), keys(r.statsByEngine(), f),
                r.slices().map(x -> new Slices(x.total(), x.explored(), x.reused(), x.largestSize(),
                        f.apply(x.largest()), all(x.inconclusive(), f))))
                .withSuggestions(r.suggestions().stream().map(x -> suggestion(x, f)).toList());
    }

    private static io.copyproof.result.Suggestion suggestion(io.copyproof.result.Suggestion s, UnaryOperator<String> f) {
        return new io.copyproof.result.Suggestion(all(s.restores(), f), f.apply(s.description()),
                s.edits().stream().map(e -> new io.copyproof.result.Suggestion.Edit(f.apply(e.path()),
                        loc(e.location(), f), f.apply(e.before()), f.apply(e.after()), e.startLine(), e.startColumn(),
                        e.endLine(), e.endColumn(), e.insertedText())).toList(), f.apply(s.proof()));
    }

    /** The map with {@code f} applied to its keys (engine names), in the same order. */
    private static <V> Map<String, V> keys(Map<String, V> m, UnaryOperator<String> f) {
        Map<String, V> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(f.apply(k), v));
        return out;
    }

    private static List<String> all(List<String> l, UnaryOperator<String> f) {
        return l.stream().map(f).toList();
    }

    private static SourceLocation loc(SourceLocation l, UnaryOperator<String> f) {
        return new SourceLocation(f.apply(l.file()), l.line(), l.column());
    }

    private static StateValue state(StateValue s, UnaryOperator<String> f) {
        return new StateValue(f.apply(s.actor()), f.apply(s.variable()), f.apply(s.value()));
    }

    private static TraceStep step(TraceStep s, UnaryOperator<String> f) {
        Map<String, Object> args = new LinkedHashMap<>();
        s.args().forEach((k, v) -> args.put(f.apply(k), v instanceof String str ? f.apply(str) : v));
        Optional<SourceLocation> at = s.location().map(l -> loc(l, f));
        return new TraceStep(s.step(), f.apply(s.event()), args, f.apply(s.text()),
                s.changes().stream().map(c -> new Change(f.apply(c.actor()), f.apply(c.variable()),
                        f.apply(c.before()), f.apply(c.after()))).toList(),
                s.state().stream().map(x -> state(x, f)).toList(), at);
    }
}
