package io.copyproof.repair;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.copyproof.config.Bounds;
import io.copyproof.config.ConfigError;
import io.copyproof.result.VerificationResult;

import java.util.List;

/**
 * Renders a {@link FixResult}: {@code text}, {@code json} or {@code markdown}. Each change at its
 * {@code file:line:column} with before and after, the invariants or rules it restores, and what
 * proved the repaired configuration (engine and bounds), or which findings resist and what was
 * tried.
 */
public final class FixRenderer {
    /** The formats of {@code fix --format}. */
    public static final List<String> FORMATS = List.of("text", "json", "markdown");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FixRenderer() {
    }

    public static String render(FixResult r, String format) {
        return switch (format) {
            case "json" -> json(r);
            case "markdown" -> markdown(r);
            default -> text(r);
        };
    }

    /** One line on the outcome. */
    public static String headline(FixResult r) {
        String file = r.original().file();
        int n = r.repairs().size();
        return switch (r.status()) {
            case NOTHING_TO_FIX -> file + ": verified as it is; nothing to repair";
            case REPAIRED -> file + ": repaired with " + n + (n == 1 ? " change" : " changes")
                    + "; the repaired configuration is verified (" + proof(r) + ")";
            case NO_REPAIR -> file + ": no repair in the catalog (up to " + r.maxChanges() + " changes together) "
                    + "makes it verify";
            case INCONCLUSIVE -> file + ": inconclusive: " + r.reason().orElse("a check ran out of budget");
            case INVALID -> file + ": invalid input; nothing to repair";
        };
    }

    static String proof(FixResult r) {
        return r.repaired().map(v -> "engine " + v.engine() + ", bounds " + bounds(v.bounds())
                + ", " + v.stats().distinctStates() + " states").orElse("");
    }

    static String bounds(Bounds b) {
        return "writesPerHost=" + b.writesPerHost() + ", blocksPerVolume=" + b.blocksPerVolume()
                + ", snapshotsPerCopy=" + b.snapshotsPerCopy();
    }

    private static String text(FixResult r) {
        StringBuilder sb = new StringBuilder(headline(r)).append('\n');
        for (ConfigError e : r.original().errors()) {
            sb.append("  ").append(e).append('\n');
        }
        if (r.status() != FixResult.Status.NOTHING_TO_FIX && r.status() != FixResult.Status.INVALID) {
            sb.append("  found: ").append(String.join(", ", RepairSearch.remaining(r.original()))).append('\n');
        }
        for (FixResult.AppliedRepair a : r.repairs()) {
            sb.append("\n  ").append(a.repair().describe()).append('\n');
            for (FieldChange c : a.changes()) {
                sb.append("    ").append(c.location()).append("  ").append(c.path()).append(": ")
                        .append(c.before()).append(" -> ").append(c.after()).append('\n');
            }
            sb.append("    restores ").append(String.join(", ", a.restores())).append('\n');
        }
        for (FixResult.Unrepaired u : r.unrepaired()) {
            sb.append("\n  resists: ").append(String.join(", ", u.resisting())).append('\n');
            sb.append("    tried ").append(u.tried().isEmpty() ? "nothing: no repair in the catalog applies to "
                    + "the elements involved" : String.join("; ", u.tried())).append('\n');
        }
        r.repaired().filter(v -> !v.violations().isEmpty() || r.status() != FixResult.Status.REPAIRED)
                .ifPresent(v -> sb.append("\n  the repaired configuration still has: ")
                        .append(String.join(", ", RepairSearch.remaining(v))).append('\n'));
        sb.append("\n  ").append(r.candidatesChecked()).append(" candidate checks by the engines");
        if (r.status() == FixResult.Status.REPAIRED) {
            sb.append("; write the repaired configuration with --output FILE");
        }
        return sb.append('\n').toString();
    }

    private static String markdown(FixResult r) {
        StringBuilder sb = new StringBuilder("## copyproof fix: `").append(r.original().file()).append("`\n\n")
                .append(headline(r).substring(r.original().file().length() + 2)).append("\n");
        if (!r.repairs().isEmpty()) {
            sb.append("\n| change | where | field | before | after | restores |\n|---|---|---|---|---|---|\n");
            for (FixResult.AppliedRepair a : r.repairs()) {
                for (FieldChange c : a.changes()) {
                    sb.append("| ").append(cell(a.repair().describe())).append(" | `").append(c.location())
                            .append("` | `").append(c.path()).append("` | `").append(cell(c.before())).append("` | `")
                            .append(cell(c.after())).append("` | ").append(String.join(", ", a.restores()))
                            .append(" |\n");
                }
            }
        }
        for (FixResult.Unrepaired u : r.unrepaired()) {
            sb.append("\n**Resists:** ").append(String.join(", ", u.resisting())).append(" — tried: ")
                    .append(u.tried().isEmpty() ? "nothing applies" : cell(String.join("; ", u.tried())))
                    .append('\n');
        }
        return sb.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("`", "'").replace("\n", " ");
    }

    private static String json(FixResult r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("file", r.original().file());
        root.put("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
        root.put("verdictBefore", r.original().verdict().toString());
        r.repaired().ifPresent(v -> root.put("verdictAfter", v.verdict().toString()));
        root.put("maxChanges", r.maxChanges());
        root.put("candidatesChecked", r.candidatesChecked());
        ArrayNode found = root.putArray("found");
        RepairSearch.remaining(r.original()).forEach(found::add);
        ArrayNode repairs = root.putArray("repairs");
        for (FixResult.AppliedRepair a : r.repairs()) {
            repairs.add(repairJson(a));
        }
        ArrayNode un = root.putArray("unrepaired");
        for (FixResult.Unrepaired u : r.unrepaired()) {
            ObjectNode o = un.addObject();
            u.resisting().forEach(o.putArray("resisting")::add);
            u.tried().forEach(o.putArray("tried")::add);
        }
        r.repaired().ifPresent(v -> root.set("proof", proofJson(v)));
        r.reason().ifPresent(s -> root.put("reason", s));
        ArrayNode errors = root.putArray("errors");
        for (ConfigError e : r.original().errors()) {
            ObjectNode o = errors.addObject();
            o.put("message", e.message());
            o.set("location", location(e.location()));
            o.put("path", e.path());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One repair as JSON: kind, description, cost, elements, restores, changes. */
    public static ObjectNode repairJson(FixResult.AppliedRepair a) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("kind", a.repair().getClass().getSimpleName());
        o.put("description", a.repair().describe());
        o.put("cost", a.repair().cost());
        a.repair().elements().forEach(o.putArray("elements")::add);
        a.restores().forEach(o.putArray("restores")::add);
        ArrayNode changes = o.putArray("changes");
        for (FieldChange c : a.changes()) {
            ObjectNode ch = changes.addObject();
            ch.put("path", c.path());
            ch.set("location", location(c.location()));
            ch.put("before", c.before());
            ch.put("after", c.after());
        }
        return o;
    }

    private static ObjectNode proofJson(VerificationResult v) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("verdict", v.verdict().toString());
        o.put("engine", v.engine());
        ObjectNode b = o.putObject("bounds");
        b.put("writesPerHost", v.bounds().writesPerHost());
        b.put("blocksPerVolume", v.bounds().blocksPerVolume());
        b.put("snapshotsPerCopy", v.bounds().snapshotsPerCopy());
        o.put("distinctStates", v.stats().distinctStates());
        RepairSearch.remaining(v).forEach(o.putArray("remaining")::add);
        return o;
    }

    private static ObjectNode location(io.copyproof.config.SourceLocation l) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("file", l.file());
        o.put("line", l.line());
        o.put("column", l.column());
        return o;
    }
}
