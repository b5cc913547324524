package io.copyproof.generators;

import io.copyproof.config.BackendCopy;
import io.copyproof.config.Config;
import io.copyproof.config.Controller;
import io.copyproof.config.FlashCopy;
import io.copyproof.config.Host;
import io.copyproof.config.IoGroup;
import io.copyproof.config.Lun;
import io.copyproof.config.MDisk;
import io.copyproof.config.Partnership;
import io.copyproof.config.Pool;
import io.copyproof.config.ReleaseNote;
import io.copyproof.config.RemoteCopy;
import io.copyproof.config.StorageSystem;
import io.copyproof.config.Upgrade;
import io.copyproof.config.UpgradeStep;
import io.copyproof.config.Volume;
import io.copyproof.config.WireEnum;

import java.util.ArrayList;
import java.util.List;

import static io.copyproof.config.YamlScalars.quote;
import static io.copyproof.config.YamlScalars.str;

/**
 * Renders a {@link Config} back to configuration YAML in the documented format: one flow mapping
 * per list element, every field written out (defaults included), empty optional lists omitted.
 * Loading the text gives back an equal configuration (apart from its source positions), so a
 * generated or shrunk configuration can be stored as a regression example.
 */
public final class ConfigYaml {

    private ConfigYaml() {
    }

    /** The configuration as YAML text, ending with a newline. */
    public static String toYaml(Config c) {
        StringBuilder y = new StringBuilder();
        y.append("name: ").append(str(c.name())).append('\n');
        y.append("systems:").append(c.systems().isEmpty() ? " []" : "").append('\n');
        for (StorageSystem s : c.systems()) {
            y.append("  - id: ").append(str(s.id())).append('\n');
            y.append("    codeLevel: ").append(level(s.codeLevel().toString())).append('\n');
            y.append("    ioGroups:").append(s.ioGroups().isEmpty() ? " []" : "").append('\n');
            for (IoGroup g : s.ioGroups()) {
                y.append("      - {id: ").append(str(g.id())).append(", nodes: ").append(list(g.nodes()))
                        .append("}\n");
            }
        }
        section(y, "controllers", c.controllers(), (Controller k) -> "{id: " + str(k.id()) + ", model: "
                + str(k.model()) + ", nativeCopy: {pointInTime: " + k.nativeCopy().pointInTime() + ", replication: "
                + k.nativeCopy().replication() + ", supportedUnderVirtualization: "
                + k.nativeCopy().supportedUnderVirtualization() + "}}");
        section(y, "luns", c.luns(), (Lun l) -> "{id: " + str(l.id()) + ", controller: " + str(l.controller()) + "}");
        section(y, "pools", c.pools(), (Pool p) -> "{id: " + str(p.id()) + ", system: " + str(p.system()) + "}");
        section(y, "mdisks", c.mdisks(), (MDisk m) -> "{id: " + str(m.id()) + ", system: " + str(m.system())
                + ", lun: " + str(m.lun()) + ", mode: " + wire(m.mode())
                + m.pool().map(p -> ", pool: " + str(p)).orElse("") + "}");
        section(y, "volumes", c.volumes(), (Volume v) -> "{id: " + str(v.id()) + ", system: " + str(v.system())
                + ", ioGroup: " + str(v.ioGroup()) + ", pool: " + str(v.pool()) + ", type: " + wire(v.type())
                + v.mdisk().map(m -> ", mdisk: " + str(m)).orElse("") + ", cache: " + wire(v.cache())
                + (v.copies().isEmpty() ? "" : ", copies: " + v.copies().stream().map(k -> "{pool: " + str(k.pool())
                        + ", type: " + wire(k.type()) + k.mdisk().map(m -> ", mdisk: " + str(m)).orElse("") + "}")
                        .collect(java.util.stream.Collectors.joining(", ", "[", "]"))) + "}");
        section(y, "hosts", c.hosts(), (Host h) -> "{id: " + str(h.id())
                + (h.volumes().isEmpty() ? "" : ", volumes: " + list(h.volumes()))
                + (h.luns().isEmpty() ? "" : ", luns: " + list(h.luns()))
                + ", readOnly: " + h.readOnly()
                + (h.nodes().isEmpty() ? "" : ", nodes: " + list(h.nodes())) + "}");
        section(y, "backendCopies", c.backendCopies(), (BackendCopy b) -> "{id: " + str(b.id()) + ", type: "
                + wire(b.type()) + ", source: " + str(b.source()) + ", target: " + str(b.target())
                + ", suspendsSource: " + b.suspendsSource() + b.group().map(g -> ", group: " + str(g)).orElse("") + "}");
        section(y, "partnerships", c.partnerships(), (Partnership p) -> "{id: " + str(p.id()) + ", systems: "
                + list(p.systems()) + "}");
        section(y, "remoteCopies", c.remoteCopies(), (RemoteCopy r) -> "{id: " + str(r.id()) + ", type: "
                + wire(r.type()) + ", master: " + str(r.master()) + ", aux: " + str(r.aux())
                + r.consistencyGroup().map(g -> ", consistencyGroup: " + str(g)).orElse("")
                + (r.cycling() ? ", cyclingMode: multi" : "")
                + ", state: " + wire(r.state()) + "}");
        section(y, "flashCopies", c.flashCopies(), (FlashCopy f) -> "{id: " + str(f.id()) + ", source: "
                + str(f.source()) + ", target: " + str(f.target()) + "}");
        if (c.upgrade().isPresent()) {
            Upgrade u = c.upgrade().get();
            y.append("upgrade:\n");
            y.append("  targetLevel: ").append(level(u.targetLevel().toString())).append('\n');
            y.append("  steps:").append(u.plan().isEmpty() ? " []" : "").append('\n');
            for (io.copyproof.config.PlanStep p : u.plan()) {
                if (p instanceof UpgradeStep s) {
                    y.append("    - {system: ").append(str(s.system()));
                } else if (p instanceof io.copyproof.config.OperatorStep o) {
                    y.append("    - {id: ").append(str(o.id())).append(", ").append(o.action().wire()).append(": ")
                            .append(str(o.target()));
                }
                y.append(p.after().isEmpty() ? "" : ", after: " + list(p.after())).append("}\n");
            }
        }
        section(y, "releaseNotes", c.releaseNotes(), (ReleaseNote r) -> "{level: " + level(r.level().toString())
                + r.minPartnerLevel().map(m -> ", minPartnerLevel: " + level(m.toString())).orElse("")
                + (r.stopBeforeUpgrade().isEmpty() ? ""
                : ", stopBeforeUpgrade: [" + String.join(", ", r.stopBeforeUpgrade().stream().map(ConfigYaml::wire)
                .toList()) + "]")
                + "}");
        y.append("workload: {stress: ").append(c.workload().stress()).append("}\n");
        y.append("bounds: {writesPerHost: ").append(c.bounds().writesPerHost())
                .append(", blocksPerVolume: ").append(c.bounds().blocksPerVolume())
                .append(", snapshotsPerCopy: ").append(c.bounds().snapshotsPerCopy()).append("}\n");
        return y.toString();
    }

    private interface Line<T> {
        String of(T t);
    }

    private static <T> void section(StringBuilder y, String key, List<T> items, Line<T> line) {
        if (items.isEmpty()) {
            return;
        }
        y.append(key).append(":\n");
        for (T t : items) {
            y.append("  - ").append(line.of(t)).append('\n');
        }
    }

    private static String wire(WireEnum e) {
        return e.wire();
    }

    private static String list(List<String> ids) {
        List<String> out = new ArrayList<>(ids.size());
        ids.forEach(i -> out.add(str(i)));
        return "[" + String.join(", ", out) + "]";
    }

    /** A code level: plain when it cannot be read as a number ({@code 8.5.0.6}), quoted otherwise ({@code "8.5"}). */
    private static String level(String text) {
        return text.chars().filter(ch -> ch == '.').count() >= 2 ? text : quote(text);
    }


}
