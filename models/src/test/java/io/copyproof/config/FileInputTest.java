package io.copyproof.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Files that are not regular files, loops and dangling links: refused at once, in plain words. */
class FileInputTest {

    private static String only(LoadResult r) {
        LoadResult.Invalid inv = assertInstanceOf(LoadResult.Invalid.class, r);
        assertEquals(1, inv.errors().size(), inv.errors().toString());
        String m = inv.errors().get(0).message();
        assertFalse(m.matches(".*[A-Z][a-z]+(Exception|Error)\\b.*"), m);
        return m;
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aLinkToAnEndlessDeviceIsRefusedNotRead(@TempDir Path dir) throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        Path link = Files.createSymbolicLink(dir.resolve("zero.yaml"), Path.of("/dev/zero"));
        String m = only(ConfigLoader.load(link));
        assertTrue(m.contains("not a regular file"), m);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aFifoWithoutWriterDoesNotBlock(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.yaml");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
            return;
        }
        assumeTrue(p.waitFor() == 0 && Files.exists(fifo));
        String m = only(ConfigLoader.load(fifo));
        assertTrue(m.contains("not a regular file"), m);
    }

    @Test
    void aSymlinkLoopIsNamedAsSuch(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.yaml");
        Path b = dir.resolve("b.yaml");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        String m = only(ConfigLoader.load(a));
        assertTrue(m.contains("loops back on itself"), m);
        assertFalse(m.contains("not found"), m);
    }

    @Test
    void aDanglingLinkSaysWhereItLeads(@TempDir Path dir) throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("gone.yaml"), dir.resolve("missing.yaml"));
        String m = only(ConfigLoader.load(link));
        assertTrue(m.contains("symbolic link to") && m.contains("missing.yaml") && m.contains("does not exist"), m);
    }

    @Test
    void aDirectoryWithAConfigNameIsADirectory(@TempDir Path dir) throws IOException {
        Path d = Files.createDirectory(dir.resolve("conf.yaml"));
        assertTrue(only(ConfigLoader.load(d)).contains("is a directory"));
    }

    @Test
    void anUnreadableFileSaysPermissionDenied(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("secret.yaml"), "systems: []\n");
        assumeTrue(f.toFile().setReadable(false, false));
        assumeTrue(!Files.isReadable(f), "running with privileges that read anything");
        String m = only(ConfigLoader.load(f));
        assertTrue(m.contains("permission denied"), m);
    }

    @Test
    void aFileInADirectoryThatCannotBeSearchedIsNotJustMissing(@TempDir Path dir) throws IOException {
        Path d = Files.createDirectory(dir.resolve("locked"));
        Files.writeString(d.resolve("c.yaml"), "systems: []\n");
        assumeTrue(d.toFile().setExecutable(false, false) && d.toFile().setReadable(false, false));
        try {
            assumeTrue(!Files.isReadable(d.resolve("c.yaml")), "running with privileges that read anything");
            String m = only(ConfigLoader.load(d.resolve("c.yaml")));
            assertTrue(m.contains("permission denied on the directory"), m);
        } finally {
            d.toFile().setExecutable(true, false);
            d.toFile().setReadable(true, false);
        }
    }

    @Test
    void stdinThatCannotBeReadSaysWhy() {
        String m = only(ConfigLoader.stdinUnreadable("it is closed"));
        assertTrue(m.contains("standard input") && m.contains("closed"), m);
    }
}
