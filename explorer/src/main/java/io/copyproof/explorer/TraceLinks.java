package io.copyproof.explorer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The trace links of every level (one {@code long} per stored state, see {@link StateBuffer}), kept
 * in heap blocks or appended to a temporary file that is deleted when the search ends. Only the
 * parent links are kept, not the states: a trace is rebuilt by replaying from an initial state.
 */
final class TraceLinks implements AutoCloseable {

    private boolean spill;
    // memory mode: per level, the blocks of each segment (worker buffer) in order, and segment sizes
    private final List<List<long[]>> levelBlocks = new ArrayList<>();
    private final List<long[]> levelSegmentSizes = new ArrayList<>();
    // spill mode: per level, the file offset of its first link
    private final List<Long> levelOffsets = new ArrayList<>();
    private Path file;
    private Path created;
    private FileChannel channel;
    private long fileSize;
    private final ByteBuffer buffer;
    private long heapBytes;

    TraceLinks(boolean spill) {
        this.spill = spill;
        this.buffer = spill ? ByteBuffer.allocateDirect(1 << 16) : null;
    }

    /**
     * Removes the file's name at once while the channel keeps it readable (POSIX), so no exit path
     * (a signal, an OutOfMemoryError, a kill) can leave it behind; where an open file cannot be
     * deleted, the JVM deletes it at exit.
     */
    private void unlinkWhileOpen() {
        try {
            Files.delete(file);
            file = null;
        } catch (IOException | RuntimeException e) {
            file.toFile().deleteOnExit();
        }
    }

    /** The temporary file this created, if any (it may be deleted already). */
    Path createdFile() {
        return created;
    }

    /** True when links go to a file, so the blocks handed to {@link #addLevel} are not kept. */
    boolean spills() {
        return spill;
    }

    long heapBytes() {
        return heapBytes;
    }

    /** Adds the next level: the links of each segment, in queue order, {@code sizes[i]} links in segment i. */
    void addLevel(List<List<long[]>> segments, long[] sizes) {
        if (spill && channel == null && levelOffsets.isEmpty()) {
            try {
                file = Files.createTempFile("explorer-links", ".bin");
                created = file;
                channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                unlinkWhileOpen();
            } catch (IOException | UnsupportedOperationException e) {
                spill = false; // no usable temporary directory: keep the links in the heap instead
                close();
            }
        }
        if (!spill) {
            List<long[]> all = new ArrayList<>();
            for (List<long[]> s : segments) {
                all.addAll(s);
                heapBytes += (long) s.size() * StateBuffer.BLOCK * 8;
            }
            levelBlocks.add(all);
            levelSegmentSizes.add(sizes.clone());
            return;
        }
        try {
            levelOffsets.add(fileSize);
            for (int seg = 0; seg < segments.size(); seg++) {
                long left = sizes[seg];
                for (long[] block : segments.get(seg)) {
                    int n = (int) Math.min(left, block.length);
                    for (int i = 0; i < n; i++) {
                        if (buffer.remaining() < 8) {
                            flush();
                        }
                        buffer.putLong(block[i]);
                    }
                    left -= n;
                }
            }
            flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void flush() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            fileSize += channel.write(buffer, fileSize);
        }
        buffer.clear();
    }

    /** The link of state {@code index} of level {@code level}. */
    long get(int level, long index) {
        if (!spill) {
            long[] sizes = levelSegmentSizes.get(level);
            List<long[]> blocks = levelBlocks.get(level);
            int blockBase = 0;
            long i = index;
            for (long size : sizes) {
                if (i < size) {
                    return blocks.get(blockBase + (int) (i >>> StateBuffer.BLOCK_SHIFT))
                            [(int) (i & (StateBuffer.BLOCK - 1))];
                }
                i -= size;
                blockBase += (int) ((size + StateBuffer.BLOCK - 1) >>> StateBuffer.BLOCK_SHIFT);
            }
            throw new IndexOutOfBoundsException("link " + index + " of level " + level);
        }
        try {
            ByteBuffer one = ByteBuffer.allocate(8);
            long pos = levelOffsets.get(level) + index * 8;
            while (one.hasRemaining()) {
                if (channel.read(one, pos + one.position()) < 0) {
                    throw new IOException("trace link file truncated");
                }
            }
            return one.getLong(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (channel != null) {
                channel.close();
            }
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // best effort: a temporary file
        }
    }
}
