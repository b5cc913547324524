package io.copyproof.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The process's standard input, checked before it is read. When a shell starts the command with
 * standard input closed ({@code <&-}), descriptor 0 is free and the JVM reuses it for a file of
 * its own (its runtime image); reading or closing that would read the wrong bytes or crash the
 * JVM. So on systems with {@code /proc/self/fd}, descriptor 0 is looked at first: absent, or a file
 * of the Java installation, means standard input is closed. The stream is never closed.
 */
final class Stdin {
    private static final Path FD0 = Path.of("/proc/self/fd/0");

    private Stdin() {
    }

    /** Why standard input cannot be read, if it cannot. */
    static Optional<String> problem() {
        Path fds = FD0.getParent();
        if (!Files.isDirectory(fds)) {
            return Optional.empty(); // no way to tell here: read it
        }
        Path target;
        try {
            target = Files.readSymbolicLink(FD0);
        } catch (NoSuchFileException e) {
            return Optional.of(closed());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return ownFile(target) ? Optional.of(closed()) : Optional.empty();
    }

    /** Whether descriptor 0 leads to a file the JVM opened for itself. */
    static boolean ownFile(Path target) {
        String javaHome = System.getProperty("java.home");
        if (javaHome != null && (target.startsWith(Path.of(javaHome).toAbsolutePath()) || startsWithReal(target, javaHome))) {
            return true;
        }
        String cp = System.getProperty("java.class.path", "");
        for (String entry : cp.split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty() && entry.endsWith(".jar") && target.equals(Path.of(entry).toAbsolutePath())) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithReal(Path target, String dir) {
        try {
            return target.startsWith(Path.of(dir).toRealPath());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String closed() {
        return "it is closed; pipe a configuration into the command or give a file name";
    }

    /** The process's standard input, or an exception with the reason when it is closed. */
    static InputStream open() throws IOException {
        Optional<String> p = problem();
        if (p.isPresent()) {
            throw new StdinUnavailable(p.get());
        }
        return System.in;
    }

    /** Standard input cannot be read; the message says why. */
    static final class StdinUnavailable extends IOException {
        private static final long serialVersionUID = 1L;

        StdinUnavailable(String reason) {
            super(reason);
        }
    }
}
