package io.copyproof.repair;

import io.copyproof.config.Config;
import io.copyproof.config.PlanStep;
import io.copyproof.config.UpgradeStep;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A repair as edits of a configuration file: the fields it changes ({@link FieldChange}) and the
 * text splices that make them. Empty when the file's shape does not allow the edit (then the
 * repair is not offered).
 */
final class RepairEdits {
    /** A field change and the splice of the text that makes it. */
    record Edit(FieldChange change, ConfigText.Splice splice) {
    }

    private RepairEdits() {
    }

    static Optional<List<Edit>> of(Repair repair, Config config, ConfigText text) {
        if (repair instanceof Repair.SetCache r) {
            return setScalar(text, element("/volumes/", config.volumes().stream().map(v -> v.id()).toList(),
                    r.volume()), "cache", text.str(r.to().wire()));
        }
        if (repair instanceof Repair.ReadOnlyMapping r) {
            return setScalar(text, element("/hosts/", config.hosts().stream().map(h -> h.id()).toList(), r.host()),
                    "readOnly", "true");
        }
        if (repair instanceof Repair.NoSuspend r) {
            return setScalar(text, element("/backendCopies/", config.backendCopies().stream().map(b -> b.id())
                    .toList(), r.copy()), "suspendsSource", "false");
        }
        if (repair instanceof Repair.SetMDiskMode r) {
            return setScalar(text, element("/mdisks/", config.mdisks().stream().map(m -> m.id()).toList(),
                    r.mdisk()), "mode", text.str(r.to().wire()));
        }
        if (repair instanceof Repair.JoinRcGroup r) {
            List<String> ids = config.remoteCopies().stream().map(c -> c.id()).toList();
            return setEach(text, r.relationships().stream().map(id -> element("/remoteCopies/", ids, id)).toList(),
                    "consistencyGroup", text.str(r.group()));
        }
        if (repair instanceof Repair.JoinCopyGroup r) {
            List<String> ids = config.backendCopies().stream().map(c -> c.id()).toList();
            return setEach(text, r.copies().stream().map(id -> element("/backendCopies/", ids, id)).toList(),
                    "group", text.str(r.group()));
        }
        if (repair instanceof Repair.AddPath r) {
            return addPath(r, config, text);
        }
        if (repair instanceof Repair.StopAround r) {
            return stopAround(r, config, text);
        }
        if (repair instanceof Repair.Retarget r) {
            return retarget(r, config, text);
        }
        if (repair instanceof Repair.OrderSteps r) {
            return order(r, config, text);
        }
        return addStep((Repair.AddStep) repair, config, text);
    }

    private static String element(String list, List<String> ids, String id) {
        return list + index(ids, id);
    }

    private static int index(List<String> ids, String id) {
        int i = ids.indexOf(id);
        if (i < 0) {
            throw new IllegalArgumentException("no element '" + id + "' to repair");
        }
        return i;
    }

    /** The same field set on several elements; empty when one of them cannot be edited. */
    private static Optional<List<Edit>> setEach(ConfigText text, List<String> elements, String field, String value) {
        List<Edit> out = new ArrayList<>();
        for (String e : elements) {
            Optional<List<Edit>> one = setScalar(text, e, field, value);
            if (one.isEmpty()) {
                return Optional.empty();
            }
            out.addAll(one.get());
        }
        return Optional.of(out);
    }

    /** One more node in the host's {@code nodes} list. */
    private static Optional<List<Edit>> addPath(Repair.AddPath r, Config config, ConfigText text) {
        int h = index(config.hosts().stream().map(x -> x.id()).toList(), r.host());
        String pointer = "/hosts/" + h + "/nodes";
        Optional<ConfigText.Splice> add = text.appendItem(pointer, text.str(r.node()));
        return add.map(s -> List.of(new Edit(new FieldChange(pointer + "/" + config.hosts().get(h).nodes().size(),
                text.locate(pointer), FieldChange.ABSENT, text.str(r.node()), text.replacement(s)), s)));
    }

    /** Replaces {@code element/field}, or adds it to the element when absent. */
    private static Optional<List<Edit>> setScalar(ConfigText text, String element, String field, String value) {
        String pointer = element + "/" + field;
        Optional<String> before = text.scalarText(pointer);
        if (before.isPresent()) {
            return text.replaceScalar(pointer, value).map(s -> List.of(new Edit(
                    new FieldChange(pointer, text.locate(pointer), before.get(), value, text.replacement(s)), s)));
        }
        return text.insertField(element, field, value).map(s -> List.of(new Edit(
                new FieldChange(pointer, text.locate(element), FieldChange.ABSENT, field + ": " + value,
                        text.replacement(s)), s)));
    }

    private static Optional<List<Edit>> retarget(Repair.Retarget r, Config config, ConfigText text) {
        int copy = index(config.backendCopies().stream().map(b -> b.id()).toList(), r.copy());
        List<Edit> out = new ArrayList<>();
        String item = text.map(List.of(new String[] {"id", text.str(r.freshLun())},
                new String[] {"controller", text.str(r.controller())}));
        Optional<ConfigText.Splice> add = text.appendItem("/luns", item);
        if (add.isEmpty()) {
            return Optional.empty();
        }
        out.add(new Edit(new FieldChange("/luns/" + config.luns().size(), text.locate("/luns"), FieldChange.ABSENT,
                item, text.replacement(add.get())), add.get()));
        Optional<List<Edit>> target = setScalar(text, "/backendCopies/" + copy, "target", text.str(r.freshLun()));
        if (target.isEmpty()) {
            return Optional.empty();
        }
        out.addAll(target.get());
        return Optional.of(out);
    }

    private static Optional<List<Edit>> order(Repair.OrderSteps r, Config config, ConfigText text) {
        List<UpgradeStep> steps = config.upgrade().orElseThrow().steps();
        List<String> systems = steps.stream().map(UpgradeStep::system).toList();
        List<Edit> out = new ArrayList<>();
        UpgradeStep first = steps.get(index(systems, r.first()));
        if (first.after().contains(r.then())) {
            List<String> kept = new ArrayList<>(first.after());
            kept.remove(r.then());
            Optional<List<Edit>> e = setList(text, stepPointer(config, r.first()), "after", kept);
            if (e.isEmpty()) {
                return Optional.empty();
            }
            out.addAll(e.get());
        }
        List<String> after = new ArrayList<>(steps.get(index(systems, r.then())).after());
        after.add(r.first());
        Optional<List<Edit>> e = setList(text, stepPointer(config, r.then()), "after", after);
        if (e.isEmpty()) {
            return Optional.empty();
        }
        out.addAll(e.get());
        return Optional.of(out);
    }

    /**
     * The pointer of a system's upgrade step: its index among every entry of {@code upgrade.steps}
     * (operator steps included), as the file has them.
     */
    static String stepPointer(Config config, String system) {
        List<? extends PlanStep> plan = config.upgrade().orElseThrow().plan();
        for (int i = 0; i < plan.size(); i++) {
            if (plan.get(i) instanceof UpgradeStep u && u.system().equals(system)) {
                return "/upgrade/steps/" + i;
            }
        }
        throw new IllegalArgumentException("no upgrade step of '" + system + "' to repair");
    }

    private static Optional<List<Edit>> setList(ConfigText text, String element, String field, List<String> items) {
        String pointer = element + "/" + field;
        String value = text.list(items);
        Optional<Integer> at = text.offsetOf(pointer);
        if (at.isPresent()) {
            String before = text.scalarText(pointer).orElse("");
            Optional<ConfigText.Splice> s = text.replaceFlowList(pointer, value);
            return s.map(sp -> List.of(new Edit(new FieldChange(pointer, text.locate(pointer),
                    listBefore(text, pointer).orElse(before), value, text.replacement(sp)), sp)));
        }
        return text.insertField(element, field, value).map(s -> List.of(new Edit(
                new FieldChange(pointer, text.locate(element), FieldChange.ABSENT, field + ": " + value,
                        text.replacement(s)), s)));
    }

    private static Optional<String> listBefore(ConfigText text, String pointer) {
        return text.flowListText(pointer);
    }

    private static Optional<List<Edit>> addStep(Repair.AddStep r, Config config, ConfigText text) {
        List<UpgradeStep> steps = config.upgrade().orElseThrow().steps();
        String item = text.map(List.<String[]>of(new String[] {"system", text.str(r.system())}));
        Optional<ConfigText.Splice> add = text.appendItem("/upgrade/steps", item);
        if (add.isEmpty()) {
            return Optional.empty();
        }
        List<Edit> out = new ArrayList<>();
        out.add(new Edit(new FieldChange("/upgrade/steps/" + config.upgrade().orElseThrow().plan().size(),
                text.locate("/upgrade/steps"),
                FieldChange.ABSENT, item, text.replacement(add.get())), add.get()));
        if (r.before().isPresent()) {
            int b = index(steps.stream().map(UpgradeStep::system).toList(), r.before().get());
            List<String> after = new ArrayList<>(steps.get(b).after());
            after.add(r.system());
            Optional<List<Edit>> e = setList(text, stepPointer(config, r.before().get()), "after", after);
            if (e.isEmpty()) {
                return Optional.empty();
            }
            out.addAll(e.get());
        }
        return Optional.of(out);
    }

    /** Two operator steps appended to the plan, and each system's step waiting for the stop. */
    private static Optional<List<Edit>> stopAround(Repair.StopAround r, Config config, ConfigText text) {
        int n = config.upgrade().orElseThrow().plan().size();
        String stop = text.map(List.of(new String[] {"id", text.str(r.stopId())},
                new String[] {"stop", text.str(r.target())}));
        String start = text.map(List.of(new String[] {"id", text.str(r.startId())},
                new String[] {"start", text.str(r.target())}, new String[] {"after", text.list(r.systems())}));
        Optional<ConfigText.Splice> a = text.appendItem("/upgrade/steps", stop);
        Optional<ConfigText.Splice> b = text.appendItem("/upgrade/steps", start);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        // one splice for both items, so that the stop comes first in the file
        String second = b.get().replacement();
        ConfigText.Splice both = new ConfigText.Splice(a.get().start(), a.get().end(), a.get().replacement()
                + (second.startsWith("\n") || second.startsWith(", ") ? second : ", " + second));
        ConfigText.Splice none = new ConfigText.Splice(a.get().start(), a.get().start(), "");
        List<Edit> out = new ArrayList<>();
        out.add(new Edit(new FieldChange("/upgrade/steps/" + n, text.locate("/upgrade/steps"), FieldChange.ABSENT,
                stop, text.replacement(both)), both));
        out.add(new Edit(new FieldChange("/upgrade/steps/" + (n + 1), text.locate("/upgrade/steps"),
                FieldChange.ABSENT, start, text.replacement(none)), none));
        List<UpgradeStep> steps = config.upgrade().orElseThrow().steps();
        List<String> systems = steps.stream().map(UpgradeStep::system).toList();
        for (String system : r.systems()) {
            List<String> after = new ArrayList<>(steps.get(index(systems, system)).after());
            after.add(r.stopId());
            Optional<List<Edit>> e = setList(text, stepPointer(config, system), "after", after);
            if (e.isEmpty()) {
                return Optional.empty();
            }
            out.addAll(e.get());
        }
        return Optional.of(out);
    }
}
