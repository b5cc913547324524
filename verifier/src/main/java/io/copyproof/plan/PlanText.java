package io.copyproof.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.copyproof.config.Bounds;
import io.copyproof.config.OperatorStep;
import io.copyproof.config.PlanStep;
import io.copyproof.config.UpgradeStep;
import io.copyproof.config.YamlScalars;

import java.util.List;
import java.util.Locale;

/** The plan as people and tools read it: text, json, markdown, and the pasteable {@code upgrade:} section. */
public final class PlanText {
    public static final List<String> FORMATS = List.of("text", "json", "markdown");

    private PlanText() {
    }

    /** The report of {@code r} for {@code file} in {@code format} (one of {@link #FORMATS}). */
    public static String render(String file, PlanResult r, String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> json(file, r);
            case "markdown" -> markdown(file, r);
            default -> text(file, r);
        };
    }

    static String headline(PlanResult r) {
        return switch (r.status()) {
            case FOUND -> {
                PlanResult.Plan p = r.best().get(0);
                yield "PLAN FOUND — " + count(p.rounds(), "round") + ", " + count(p.added().size(), "added step")
                        + ", " + count(p.stoppedRelationships().size(), "stopped relationship")
                        + "; verify proves it safe within " + bounds(r.bounds());
            }
            case NONE -> "NO PLAN — no upgrade plan in the search space verifies within " + bounds(r.bounds());
            case INCONCLUSIVE -> "INCONCLUSIVE — the search could not be completed within the budget";
        };
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    static String bounds(Bounds b) {
        return "writesPerHost=" + b.writesPerHost() + ", blocksPerVolume=" + b.blocksPerVolume()
                + ", snapshotsPerCopy=" + b.snapshotsPerCopy();
    }

    private static String text(String file, PlanResult r) {
        StringBuilder sb = new StringBuilder(headline(r)).append("\n  ").append(file).append("\n");
        r.why().ifPresent(w -> sb.append("\n").append(r.status() == PlanResult.Status.FOUND ? "Why stops: " : "Why: ")
                .append(w).append("\n"));
        for (int i = 0; i < r.best().size(); i++) {
            if (i == 1) {
                sb.append("\n").append(r.best().size() - 1).append(r.best().size() == 2 ? " other plan ties" : " other plans tie")
                        .append(" with it (same rounds, added steps and stopped relationships):\n");
            }
            sb.append("\n").append(yaml(r.targetLevel().toString(), r.best().get(i)));
        }
        sb.append("\nSearched  ").append(searched(r)).append("\n");
        return sb.toString();
    }

    /** The {@code upgrade:} section of a plan, one comment line per round, each step with why it waits. */
    public static String yaml(String targetLevel, PlanResult.Plan p) {
        StringBuilder sb = new StringBuilder("upgrade:\n  targetLevel: ").append(targetLevel.matches("[0-9.]+") ? targetLevel : YamlScalars.str(targetLevel))
                .append("\n  steps:\n");
        int round = 0;
        for (PlanResult.Step s : p.steps()) {
            if (s.round() != round) {
                round = s.round();
                sb.append("    # round ").append(round).append('\n');
            }
            sb.append("    - ").append(flow(s.step()));
            if (!s.reasons().isEmpty()) {
                sb.append("   # ").append(String.join("; ", s.reasons()).replace('\n', ' '));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String flow(PlanStep p) {
        StringBuilder sb = new StringBuilder("{");
        if (p instanceof UpgradeStep u) {
            sb.append("system: ").append(YamlScalars.str(u.system()));
        } else if (p instanceof OperatorStep o) {
            sb.append("id: ").append(YamlScalars.str(o.id())).append(", ").append(o.action().wire()).append(": ")
                    .append(YamlScalars.str(o.target()));
        }
        if (!p.after().isEmpty()) {
            sb.append(", after: [").append(String.join(", ", p.after().stream().map(YamlScalars::str).toList()))
                    .append(']');
        }
        return sb.append('}').toString();
    }

    /** The upgrade section as a JSON object. */
    static ObjectNode upgradeJson(ObjectMapper m, String targetLevel, PlanResult.Plan p) {
        ObjectNode up = m.createObjectNode();
        up.put("targetLevel", targetLevel);
        ArrayNode steps = up.putArray("steps");
        for (PlanResult.Step s : p.steps()) {
            ObjectNode o = steps.addObject();
            if (s.step() instanceof UpgradeStep u) {
                o.put("system", u.system());
            } else if (s.step() instanceof OperatorStep op) {
                o.put("id", op.id());
                o.put(op.action().wire(), op.target());
            }
            if (!s.step().after().isEmpty()) {
                ArrayNode a = o.putArray("after");
                s.step().after().forEach(a::add);
            }
        }
        return up;
    }

    private static String json(String file, PlanResult r) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        root.put("file", file);
        root.put("status", r.status().name().toLowerCase(Locale.ROOT));
        root.put("exitCode", r.status().exitCode());
        ObjectNode b = root.putObject("bounds");
        b.put("writesPerHost", r.bounds().writesPerHost());
        b.put("blocksPerVolume", r.bounds().blocksPerVolume());
        b.put("snapshotsPerCopy", r.bounds().snapshotsPerCopy());
        r.why().ifPresent(w -> root.put("why", w));
        ArrayNode plans = root.putArray("plans");
        for (PlanResult.Plan p : r.best()) {
            ObjectNode o = plans.addObject();
            o.put("rounds", p.rounds());
            ArrayNode added = o.putArray("added");
            p.added().forEach(added::add);
            ArrayNode stopped = o.putArray("stoppedRelationships");
            p.stoppedRelationships().forEach(stopped::add);
            o.set("upgrade", upgradeJson(m, r.targetLevel().toString(), p));
            ArrayNode why = o.putArray("steps");
            for (PlanResult.Step s : p.steps()) {
                ObjectNode st = why.addObject();
                st.put("step", s.step() instanceof UpgradeStep u ? u.system() : ((OperatorStep) s.step()).id());
                st.put("round", s.round());
                ArrayNode rs = st.putArray("reasons");
                s.reasons().forEach(rs::add);
            }
            o.put("yaml", yaml(r.targetLevel().toString(), p));
        }
        root.put("candidates", r.candidates());
        root.put("sliceChecks", r.sliceChecks());
        root.put("sliceHits", r.sliceHits());
        root.put("wholeChecks", r.wholeChecks());
        try {
            return m.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String markdown(String file, PlanResult r) {
        StringBuilder sb = new StringBuilder("## copyproof plan: `").append(file).append("`\n\n**")
                .append(headline(r)).append("**\n\n");
        r.why().ifPresent(w -> sb.append(w).append("\n\n"));
        for (int i = 0; i < r.best().size(); i++) {
            if (i == 1) {
                sb.append("Plans that tie with it:\n\n");
            }
            sb.append("```yaml\n").append(yaml(r.targetLevel().toString(), r.best().get(i))).append("```\n\n");
        }
        sb.append("Searched ").append(searched(r)).append(".\n");
        return sb.toString();
    }

    /** How much the search did, counted with the right plurals (text and Markdown say the same). */
    private static String searched(PlanResult r) {
        return count(r.candidates(), "candidate plan", "candidate plans") + ", "
                + count(r.sliceChecks(), "slice check", "slice checks") + " (" + r.sliceHits()
                + " answered from the memo), " + count(r.wholeChecks(), "whole verify", "whole verifies")
                + " of plans that passed their slices";
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
