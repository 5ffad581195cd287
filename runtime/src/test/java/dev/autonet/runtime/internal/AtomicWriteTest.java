package dev.autonet.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The temporary file's name is cut on whole code points to fit the file system's 255 bytes. */
class AtomicWriteTest {

    @Test
    void aShortNameIsKept() {
        assertEquals("model.autonet", AtomicWrite.prefixOfUtf8Length("model.autonet", 237));
    }

    @Test
    void aLongNameIsCutToTheByteLimit() {
        assertEquals("m".repeat(237), AtomicWrite.prefixOfUtf8Length("m".repeat(250), 237));
    }

    @Test
    void multiByteCharactersAreNeverSplit() {
        // é is 2 bytes in UTF-8, 😀 (a surrogate pair in Java) 4.
        assertEquals("éé", AtomicWrite.prefixOfUtf8Length("ééé", 5));
        assertEquals("a", AtomicWrite.prefixOfUtf8Length("a\uD83D\uDE00b", 4));
        assertEquals("a\uD83D\uDE00", AtomicWrite.prefixOfUtf8Length("a\uD83D\uDE00b", 5));
    }
}
