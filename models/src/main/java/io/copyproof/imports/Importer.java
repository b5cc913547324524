package io.copyproof.imports;

import io.copyproof.config.ConfigError;
import io.copyproof.config.ConfigLoader;
import io.copyproof.config.Fragment;
import io.copyproof.config.LoadResult;
import io.copyproof.config.SourceLocation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a configuration from what running systems print (import-format.md): one directory of
 * CLI or REST exports per system, merged, with an optional overlay for what no command shows.
 * Every problem is collected in one pass and located in the export (or overlay) file it comes
 * from; the result validates as a configuration or is a {@link ImportResult.Failed}. Never throws.
 *
 * <p>Origins: each element of the YAML ends with a comment naming the export lines it came from
 * ({@code # siteA/lsvdisk.txt:14, siteA/lsvdisk-detail.txt:40}). A problem that only validation
 * of the whole configuration finds (an I/O group with one node, a remote copy between systems
 * with no partnership, an overlay reference that names nothing) is reported at the export line
 * or overlay value the offending element or field came from.
 */
public final class Importer {
    private Importer() {
    }

    /**
     * Imports the systems in {@code dirs} (in that order) with the overlay, if any.
     *
     * @param outputName the name the YAML will have (for the loaded configuration's locations)
     */
    public static ImportResult run(List<Path> dirs, Optional<Path> overlay, String outputName) {
        Issues issues = new Issues();
        try {
            return build(dirs, overlay, outputName, issues);
        } catch (RuntimeException | StackOverflowError e) {
            issues.error(SourceLocation.ofFile(dirs.isEmpty() ? "<none>" : dirs.get(0).toString()),
                    "cannot import: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            return new ImportResult.Failed(issues.errors(), issues.warnings());
        }
    }

    private static ImportResult build(List<Path> dirs, Optional<Path> overlayFile, String outputName, Issues issues) {
        if (dirs.isEmpty()) {
            issues.error(SourceLocation.ofFile("<none>"), "give at least one directory of exports");
            return new ImportResult.Failed(issues.errors(), issues.warnings());
        }
        List<SystemExport> exports = new ArrayList<>();
        dirs.forEach(d -> exports.add(SystemExport.read(d, issues)));
        Fragment overlay = overlayFile.map(f -> readOverlay(f, issues)).orElse(null);
        List<String> systems = systemNames(exports, issues);
        if (systems == null) {
            return new ImportResult.Failed(issues.errors(), issues.warnings());
        }
        Doc doc = new Doc();
        doc.name = "import of " + String.join(", ", systems);
        Names names = names(exports, systems, issues);
        Builder b = new Builder(doc, issues, names);
        Volumes volumes = new Volumes(b, issues, names);
        for (int i = 0; i < exports.size(); i++) {
            SystemExport e = exports.get(i);
            String sys = systems.get(i);
            b.system(sys, e.rows("lssystem").get(0), e);
            b.controllers(e);
            b.pools(sys, e);
            b.mdisks(sys, e);
            volumes.build(sys, e);
            b.hosts(sys, e);
            b.flashCopies(sys, e);
        }
        Links links = new Links(doc, issues, b, systems);
        for (int i = 0; i < exports.size(); i++) {
            links.partnerships(systems.get(i), exports.get(i));
        }
        for (int i = 0; i < exports.size(); i++) {
            links.relationships(systems.get(i), exports.get(i));
            links.groups(systems.get(i), exports.get(i));
        }
        if (overlay != null && overlay.errors().isEmpty()) {
            Overlay.merge(doc, overlay, issues);
        }
        if (issues.hasErrors()) {
            return new ImportResult.Failed(issues.errors(), issues.warnings());
        }
        return validate(doc, dirs, overlayFile, outputName, issues);
    }

    private static Fragment readOverlay(Path file, Issues issues) {
        String name = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                issues.error(SourceLocation.ofFile(name), "overlay file '" + name + "' not found");
                return null;
            }
            Fragment f = Fragment.read(name, new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            f.errors().forEach(e -> issues.error(e.location(), e.message()));
            return f;
        } catch (IOException e) {
            issues.error(SourceLocation.ofFile(name), "cannot read overlay '" + name + "': " + e.getMessage());
            return null;
        }
    }

    /** Each directory's system name, from lssystem; null (reported) when one is missing or repeated. */
    private static List<String> systemNames(List<SystemExport> exports, Issues issues) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean ok = true;
        for (SystemExport e : exports) {
            List<Row> rows = e.rows("lssystem");
            if (rows.isEmpty() || rows.get(0).get("name").isEmpty()) {
                if (e.present("lssystem")) {
                    issues.error(SourceLocation.ofFile(e.file("lssystem")), "no 'name' line: export the detailed "
                            + "view with 'lssystem -delim !'");
                }
                ok = false;
                continue;
            }
            Row r = rows.get(0);
            String name = r.get("name");
            if (!seen.add(name)) {
                issues.error(r.at("name"), "system '" + name + "' is given twice; give each system's directory once");
                ok = false;
            }
            if (r.get("code_level").isEmpty()) {
                issues.error(r.at(), "no 'code_level' line in " + e.file("lssystem"));
                ok = false;
            }
            out.add(name);
        }
        return ok ? out : null;
    }

    private static Names names(List<SystemExport> exports, List<String> systems, Issues issues) {
        Names names = new Names();
        for (int i = 0; i < exports.size(); i++) {
            SystemExport e = exports.get(i);
            String sys = systems.get(i);
            names.use("pool", sys, e.rows("lsmdiskgrp"));
            names.use("mdisk", sys, e.rows("lsmdisk"));
            names.use("volume", sys, e.rows("lsvdisk"));
            names.use("flashCopy", sys, e.rows("lsfcmap"));
        }
        for (Map.Entry<String, Row> s : names.shared().entrySet()) {
            String[] kindName = s.getKey().split(" ", 2);
            issues.warn(s.getValue().at("name"), "the " + kindName[0] + " name '" + kindName[1] + "' is used by more "
                    + "than one system; ids are unique in a configuration, so each is imported as '" + kindName[1]
                    + "@<system>'");
        }
        return names;
    }

    /** Renders the YAML and loads it: validation errors are moved to the export lines they came from. */
    private static ImportResult validate(Doc doc, List<Path> dirs, Optional<Path> overlay, String outputName,
                                         Issues issues) {
        List<String> header = new ArrayList<>();
        header.add("from: " + String.join(" ", dirs.stream().map(Path::toString).toList())
                + overlay.map(o -> " --overlay " + o).orElse(""));
        header.add("each element's comment names the export lines (or overlay lines) it came from");
        for (ConfigError w : issues.warnings()) {
            header.add("warning: " + w.location() + ": " + w.message());
        }
        Doc.Rendered r = doc.render(header);
        LoadResult loaded = ConfigLoader.parse(outputName, r.yaml());
        if (loaded instanceof LoadResult.Invalid invalid) {
            for (ConfigError e : invalid.errors()) {
                SourceLocation at = r.origin(e.path(), e.location());
                issues.error(at, e.message() + (e.path().isEmpty() ? "" : " (configuration field " + e.path() + ")"));
            }
            return new ImportResult.Failed(issues.errors(), issues.warnings());
        }
        return new ImportResult.Imported(r.yaml(), ((LoadResult.Loaded) loaded).config(), issues.warnings());
    }
}
