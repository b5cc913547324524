package io.copyproof.report;

import io.copyproof.result.Disagreement;
import io.copyproof.result.Verdict;
import io.copyproof.result.VerificationResult;
import io.copyproof.result.Violation;
import io.copyproof.config.ConfigError;
import io.copyproof.rules.Finding;
import io.copyproof.rules.Severity;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code --format junit}: JUnit XML for CI test tabs. A {@code <testsuite>} per configuration; a
 * {@code <testcase>} per invariant in {@code checked} and per static rule in {@code rulesRun}.
 * A violated invariant is a {@code <failure>} holding the whole rendered trace; an error-level
 * finding is a {@code <failure>}; warnings and notes pass with the finding in
 * {@code <system-out>}; an inconclusive run marks its unviolated invariants skipped with the
 * reason; an invalid file is one {@code input} test case with an {@code <error>} listing the
 * errors.
 */
final class JUnitRenderer implements Renderer {

    @Override
    public String name() {
        return "junit";
    }

    @Override
    public String extension() {
        return "junit.xml";
    }

    /** One test case before rendering: outcome is pass, failure, error or skipped. */
    private record Case(String classname, String name, String outcome, String message, String type, String body) {
    }

    @Override
    public void render(List<VerificationResult> results, RenderOptions options, Writer out) throws IOException {
        results = Fmt.sanitize(results);
        StringBuilder suites = new StringBuilder();
        int tests = 0;
        int failures = 0;
        int errors = 0;
        int skipped = 0;
        double time = 0;
        for (VerificationResult r : results) {
            List<Case> cases = cases(r, options);
            int f = count(cases, "failure");
            int e = count(cases, "error");
            int s = count(cases, "skipped");
            double t = Fmt.seconds(r.stats(), options);
            tests += cases.size();
            failures += f;
            errors += e;
            skipped += s;
            time += t;
            suites.append("  <testsuite name=\"").append(Xml.esc(Fmt.path(r.file(), options)))
                    .append("\" tests=\"").append(cases.size()).append("\" failures=\"").append(f)
                    .append("\" errors=\"").append(e).append("\" skipped=\"").append(s)
                    .append("\" time=\"").append(seconds(t)).append("\">\n");
            suites.append("    <properties>\n");
            property(suites, "verdict", r.verdict().wire());
            property(suites, "engine", r.engine());
            property(suites, "configName", r.configName());
            if (r.verdict() != Verdict.INVALID) {
                property(suites, "bounds", Fmt.boundsText(r));
                property(suites, "distinctStates", Long.toString(r.stats().distinctStates()));
            }
            r.inconclusiveReason().ifPresent(x -> property(suites, "inconclusiveReason", x));
            r.slices().ifPresent(x -> {
                property(suites, "slices", Integer.toString(x.total()));
                property(suites, "slicesExplored", Integer.toString(x.explored()));
                property(suites, "slicesSummary", x.summary());
            });
            suites.append("    </properties>\n");
            for (Case c : cases) {
                suites.append("    <testcase classname=\"").append(Xml.esc(c.classname())).append("\" name=\"")
                        .append(Xml.esc(c.name())).append("\" time=\"0\"");
                switch (c.outcome()) {
                    case "pass" -> {
                        if (c.body() == null) {
                            suites.append("/>\n");
                        } else {
                            suites.append(">\n      <system-out>").append(Xml.esc(c.body()))
                                    .append("</system-out>\n    </testcase>\n");
                        }
                    }
                    case "skipped" -> suites.append(">\n      <skipped message=\"").append(Xml.esc(c.message()))
                            .append("\"/>\n    </testcase>\n");
                    default -> suites.append(">\n      <").append(c.outcome()).append(" message=\"")
                            .append(Xml.esc(c.message())).append("\" type=\"").append(Xml.esc(c.type()))
                            .append("\">").append(Xml.esc(c.body())).append("</").append(c.outcome())
                            .append(">\n    </testcase>\n");
                }
            }
            suites.append("  </testsuite>\n");
        }
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"copyproof\" tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\""
                + errors + "\" skipped=\"" + skipped + "\" time=\"" + seconds(time) + "\">\n");
        out.write(suites.toString());
        out.write("</testsuites>\n");
        out.flush();
    }

    private static void property(StringBuilder sb, String name, String value) {
        sb.append("      <property name=\"").append(name).append("\" value=\"").append(Xml.esc(value)).append("\"/>\n");
    }

    private static String seconds(double t) {
        return String.format(Locale.ROOT, "%.3f", t);
    }

    private static int count(List<Case> cases, String outcome) {
        return (int) cases.stream().filter(c -> c.outcome().equals(outcome)).count();
    }

    private static List<Case> cases(VerificationResult r, RenderOptions o) {
        String cls = Fmt.displayName(r, o);
        List<Case> cases = new ArrayList<>();
        if (r.verdict() == Verdict.INVALID) {
            String body = r.errors().stream().map(e -> errorLine(e, o)).collect(Collectors.joining("\n"));
            cases.add(new Case(cls, "input: the configuration loads and is valid", "error",
                    Fmt.plural(r.errors().size(), "error", "errors") + " in " + Fmt.path(r.file(), o), "CP-INPUT",
                    body));
            return cases;
        }
        Set<String> invariants = new LinkedHashSet<>(r.checked());
        r.violations().forEach(v -> invariants.add(v.id()));
        r.disagreements().forEach(d -> invariants.add(d.id()));
        for (String id : invariants) {
            String name = id + ": " + Fmt.title(id);
            List<Violation> vs = r.violations().stream().filter(v -> v.id().equals(id)).toList();
            Optional<Disagreement> d = r.disagreements().stream().filter(x -> x.id().equals(id)).findFirst();
            if (!vs.isEmpty()) {
                String body = vs.stream().map(v -> TextRenderer.violationText(v, o)).collect(Collectors.joining("\n"))
                        + repairs(r.suggestionsFor(id), o);
                cases.add(new Case(cls, name, "failure", vs.get(0).title(), id, body));
            } else if (d.isPresent()) {
                String by = d.get().verdictByEngine().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                        .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
                cases.add(new Case(cls, name, "failure", "the engines disagree: " + by, id,
                        "The engines gave different verdicts for " + id + " (" + by + ")."));
            } else if (r.verdict() == Verdict.INCONCLUSIVE || Fmt.stoppedEarly(r)) {
                cases.add(new Case(cls, name, "skipped", "undecided: the search stopped early ("
                        + r.inconclusiveReason().orElse("inconclusive") + ")", null, null));
            } else {
                cases.add(new Case(cls, name, "pass", null, null, null));
            }
        }
        Set<String> rules = new LinkedHashSet<>(r.rulesRun());
        r.findings().forEach(f -> rules.add(f.id()));
        for (String id : rules) {
            String name = "rule " + id + ": " + Fmt.title(id);
            List<Finding> fs = Fmt.sortedFindings(r).stream().filter(f -> f.id().equals(id)).toList();
            String body = fs.isEmpty() ? null : fs.stream()
                    .map(f -> Fmt.where(f.location(), o) + "  " + f.severity().wire() + "  " + f.message())
                    .collect(Collectors.joining("\n"));
            List<Finding> errors = fs.stream().filter(f -> f.severity() == Severity.ERROR).toList();
            if (!errors.isEmpty()) {
                cases.add(new Case(cls, name, "failure", errors.get(0).message(), id,
                        body + repairs(r.suggestionsFor(id), o)));
            } else {
                cases.add(new Case(cls, name, "pass", null, null, body));
            }
        }
        return cases;
    }

    private static String errorLine(ConfigError e, RenderOptions o) {
        return Fmt.where(e.location(), o) + "  " + e.message()
                + (e.path() == null || e.path().isEmpty() ? "" : "  (at " + e.path() + ")");
    }

    /** The verified repairs, as lines after a failure's body; empty when there are none. */
    private static String repairs(List<io.copyproof.result.Suggestion> suggestions, RenderOptions o) {
        StringBuilder sb = new StringBuilder();
        for (io.copyproof.result.Suggestion x : suggestions) {
            Fmt.suggestionLines(x, o).forEach(line -> sb.append('\n').append(line));
        }
        return sb.toString();
    }
}
