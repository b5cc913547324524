package io.copyproof.explorer;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The spilled trace links leave no file behind, whatever ends the process. */
class TraceLinksTest {

    @Test
    void theSpillFileHasNoNameWhileInUseSoNoExitPathLeavesIt() {
        try (TraceLinks links = new TraceLinks(true)) {
            long[] block = new long[StateBuffer.BLOCK];
            for (int i = 0; i < 10; i++) {
                block[i] = 100 + i;
            }
            links.addLevel(List.of(List.of(block)), new long[] {10});
            assertTrue(links.spills());
            assertNotNull(links.createdFile());
            assertFalse(Files.exists(links.createdFile()),
                    "the file is unlinked at once: a signal or a kill cannot leave it behind");
            assertEquals(107, links.get(0, 7), "and it still serves the links");
        }
    }
}
