package io.copyproof.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** Failures said in the user's words: what happened, to which file; never the name of a Java class. */
final class Messages {
    private Messages() {
    }

    /** An I/O failure: {@code permission denied: out/report.txt}, {@code is a directory: out}, ... */
    static String io(IOException e) {
        if (e instanceof FileSystemException f) {
            String file = f.getFile() == null ? "" : ": " + f.getFile();
            String what;
            if (e instanceof AccessDeniedException) {
                what = "permission denied";
            } else if (e instanceof NoSuchFileException) {
                what = "no such file or directory";
            } else if (e instanceof FileAlreadyExistsException) {
                what = "a file is in the way";
            } else if (e instanceof NotDirectoryException) {
                what = "not a directory";
            } else if (e instanceof DirectoryNotEmptyException) {
                what = "the directory is not empty";
            } else if (f.getReason() != null) {
                what = lower(f.getReason());
            } else {
                what = "an input/output error";
            }
            return what + file;
        }
        return plain(e);
    }

    /** Any failure: its message, first line only, or a generic sentence when it has none. */
    static String plain(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "out of memory";
        }
        if (e instanceof StackOverflowError) {
            return "the input is nested too deeply";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "an unexpected problem (please report it)"
                : m.lines().findFirst().orElse(m);
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
