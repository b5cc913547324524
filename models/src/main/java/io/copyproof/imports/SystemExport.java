package io.copyproof.imports;

import io.copyproof.config.SourceLocation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What one system printed: the rows of each command's file in one directory. */
final class SystemExport {
    /** The commands whose files must be present. */
    static final List<String> REQUIRED = List.of("lssystem", "lsiogrp", "lsnode", "lsmdiskgrp", "lsmdisk", "lsvdisk");
    /** Every command read, required first. */
    static final List<String> COMMANDS = List.of("lssystem", "lsiogrp", "lsnode", "lsmdiskgrp", "lsmdisk",
            "lsvdisk", "lscontroller", "lsvdisk-detail", "lshost", "lshostvdiskmap", "lsfcmap", "lspartnership",
            "lsrcrelationship", "lsrcconsistgrp");
    /** The largest export file read: 64 MiB. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    final String dir;
    private final Map<String, List<Row>> rows = new HashMap<>();
    private final Map<String, String> fileNames = new HashMap<>();

    private SystemExport(String dir) {
        this.dir = dir;
    }

    /** Reads every known file of a directory; a missing required file is an error. */
    static SystemExport read(Path dir, Issues issues) {
        String name = dir.toString();
        SystemExport e = new SystemExport(name);
        if (!Files.isDirectory(dir)) {
            issues.error(SourceLocation.ofFile(name), Files.exists(dir)
                    ? "'" + name + "' is not a directory; give one directory of export files per system"
                    : "directory '" + name + "' not found");
            return e;
        }
        for (String command : COMMANDS) {
            e.readCommand(dir, command, issues);
        }
        return e;
    }

    private void readCommand(Path dir, String command, Issues issues) {
        Path txt = dir.resolve(command + ".txt");
        Path json = dir.resolve(command + ".json");
        Path file = Files.exists(txt) ? txt : Files.exists(json) ? json : null;
        if (file == null) {
            if (command.equals("lsnode") && Files.exists(dir.resolve("lsnodecanister.txt"))) {
                file = dir.resolve("lsnodecanister.txt");
            } else if (command.equals("lsnode") && Files.exists(dir.resolve("lsnodecanister.json"))) {
                file = dir.resolve("lsnodecanister.json");
            } else {
                if (REQUIRED.contains(command)) {
                    issues.error(SourceLocation.ofFile(dir.resolve(command + ".txt").toString()), "the required file "
                            + command + ".txt (or " + command + ".json) is missing from '" + this.dir
                            + "'; export it with '" + command + " -delim !'");
                }
                return;
            }
        }
        if (Files.exists(txt) && Files.exists(json)) {
            issues.warn(SourceLocation.ofFile(json.toString()), "both " + command + ".txt and " + command
                    + ".json are present; " + command + ".txt was read");
        }
        String shown = file.toString();
        fileNames.put(command, shown);
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                issues.error(SourceLocation.ofFile(shown), "'" + shown + "' is " + size + " bytes; the limit is 64 MiB");
                return;
            }
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            boolean detailed = command.equals("lssystem") || command.equals("lsvdisk-detail");
            rows.put(command, ExportReader.read(shown, text, detailed, issues));
        } catch (IOException e) {
            issues.error(SourceLocation.ofFile(shown), "cannot read '" + shown + "': " + e.getMessage());
        }
    }

    /** The rows of a command's file; empty when the file is absent. */
    List<Row> rows(String command) {
        return rows.getOrDefault(command, List.of());
    }

    boolean present(String command) {
        return rows.containsKey(command);
    }

    /** The file a command was read from, as shown in messages. */
    String file(String command) {
        return fileNames.getOrDefault(command, dir + "/" + command + ".txt");
    }
}
