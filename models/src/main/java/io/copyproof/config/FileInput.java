package io.copyproof.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Reads the bytes of a configuration file safely: regular files only (a FIFO, device or socket is
 * refused before it is opened, so nothing blocks and nothing reads forever), at most a byte limit
 * (even when the file system reports a wrong size), and every failure said in the user's words.
 */
final class FileInput {
    /** Why a file cannot be read, in words for the user. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    private FileInput() {
    }

    /** The file's bytes (at most {@code limit + 1}, so a caller can tell it was too large). */
    static byte[] read(Path file, long limit) throws Unreadable {
        String name = file.toString();
        BasicFileAttributes attrs = attributes(file);
        if (attrs.isDirectory()) {
            throw new Unreadable("'" + name + "' is a directory, not a configuration file");
        }
        if (!attrs.isRegularFile()) {
            throw new Unreadable("'" + name + "' is not a regular file (it is a device, a named pipe or a socket); "
                    + "give a configuration file, or - to read standard input");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        } catch (IOException e) {
            throw new Unreadable("cannot read '" + name + "': " + reason(e));
        }
    }

    /** The attributes of the file a path leads to, or why there is none. */
    static BasicFileAttributes attributes(Path file) throws Unreadable {
        String name = file.toString();
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new Unreadable(notFound(file));
        } catch (IOException e) {
            String r = reason(e);
            if (r.toLowerCase(Locale.ROOT).contains("too many levels of symbolic links")) {
                throw new Unreadable("'" + name + "' is a symbolic link that loops back on itself; "
                        + "it leads to no file");
            }
            throw new Unreadable("cannot read '" + name + "': " + r);
        }
    }

    /** "not found", or why it looks so: a dangling link, or a directory on the way that cannot be searched. */
    private static String notFound(Path file) {
        String name = file.toString();
        if (Files.isSymbolicLink(file)) {
            String target;
            try {
                target = Files.readSymbolicLink(file).toString();
            } catch (IOException | RuntimeException e) {
                target = "a file";
            }
            return "'" + name + "' is a symbolic link to '" + target + "', which does not exist";
        }
        Path dir = file.toAbsolutePath().getParent();
        while (dir != null) {
            if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) || Files.isDirectory(dir)) {
                if (!Files.isExecutable(dir) || !Files.isReadable(dir)) {
                    return "cannot look for '" + name + "': permission denied on the directory '" + dir + "'";
                }
                break;
            }
            dir = dir.getParent();
        }
        return "file '" + name + "' not found";
    }

    /** What an I/O failure means, without the names of Java classes. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            String r = f.getReason();
            return r.toLowerCase(Locale.ROOT).startsWith("is a directory") ? "it is a directory" : lower(r);
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "an input/output error" : lower(m.lines().findFirst().orElse(m));
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
