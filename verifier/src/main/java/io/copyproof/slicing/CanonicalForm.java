package io.copyproof.slicing;

import io.copyproof.config.Config;
import io.copyproof.config.FlashCopy;
import io.copyproof.config.Host;
import io.copyproof.config.IoGroup;
import io.copyproof.config.RemoteCopy;
import io.copyproof.config.StorageSystem;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The canonical form of a configuration up to renaming: its elements in file order with every id
 * (of any element, I/O group, node or consistency group) replaced by its number of first
 * appearance. Two configurations with the same form are the same configuration with ids renamed
 * one-to-one; the semantics compare ids only for equality and order elements by file position, so
 * such configurations have the same verdicts and the same shortest trace lengths. The name and the
 * source positions are not part of the form.
 */
final class CanonicalForm {
    private final Set<String> ids = new HashSet<>();
    private final Map<String, Integer> renamed = new HashMap<>();
    private final StringBuilder out = new StringBuilder(256);

    private CanonicalForm() {
    }

    static String of(Config c) {
        CanonicalForm f = new CanonicalForm();
        f.collectIds(c);
        List<?> parts = List.of(c.systems(), c.controllers(), c.luns(), c.pools(), c.mdisks(), c.volumes(),
                c.hosts(), c.backendCopies(), c.partnerships(), c.remoteCopies(), c.flashCopies(), c.upgrade(),
                c.releaseNotes(), c.workload(), c.bounds());
        f.write(parts);
        return f.out.toString();
    }

    private void collectIds(Config c) {
        for (StorageSystem s : c.systems()) {
            ids.add(s.id());
            for (IoGroup g : s.ioGroups()) {
                ids.add(g.id());
                ids.addAll(g.nodes());
            }
        }
        c.controllers().forEach(x -> ids.add(x.id()));
        c.luns().forEach(x -> ids.add(x.id()));
        c.pools().forEach(x -> ids.add(x.id()));
        c.mdisks().forEach(x -> ids.add(x.id()));
        c.volumes().forEach(x -> ids.add(x.id()));
        c.hosts().stream().map(Host::id).forEach(ids::add);
        c.backendCopies().forEach(x -> ids.add(x.id()));
        c.backendCopies().forEach(x -> x.group().ifPresent(ids::add));
        c.partnerships().forEach(x -> ids.add(x.id()));
        for (RemoteCopy r : c.remoteCopies()) {
            ids.add(r.id());
            r.consistencyGroup().ifPresent(ids::add);
        }
        c.flashCopies().stream().map(FlashCopy::id).forEach(ids::add);
    }

    private void write(Object x) {
        if (x == null) {
            out.append("null");
        } else if (x instanceof String s) {
            if (ids.contains(s)) {
                out.append('#').append(renamed.computeIfAbsent(s, k -> renamed.size()));
            } else {
                out.append('\'').append(s.replace("'", "''")).append('\'');
            }
        } else if (x instanceof List<?> list) {
            out.append('[');
            for (Object e : list) {
                write(e);
                out.append(',');
            }
            out.append(']');
        } else if (x instanceof Optional<?> o) {
            out.append(o.isPresent() ? "+" : "-");
            o.ifPresent(this::write);
        } else if (x instanceof Record r) {
            writeRecord(r);
        } else {
            out.append(x.getClass().getSimpleName()).append(':').append(x);
        }
    }

    private void writeRecord(Record r) {
        out.append(r.getClass().getSimpleName()).append('(');
        for (RecordComponent rc : r.getClass().getRecordComponents()) {
            try {
                write(rc.getAccessor().invoke(r));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + rc.getName() + " of " + r.getClass().getSimpleName(), e);
            }
            out.append(';');
        }
        out.append(')');
    }
}
