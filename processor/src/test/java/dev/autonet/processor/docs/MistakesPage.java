package dev.autonet.processor.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sections of {@code docs/mistakes.md}, read from its Markdown. A section starts at a {@code ## } heading.
 * A mistake section holds, in this order, a {@code ```java} block (the declaration, a whole compilation
 * unit), a {@code ```text} block (what javac prints for it) and one or more {@code ```java} blocks (fixes:
 * the annotations and the interface, to be put after the declaration's imports); its marker
 * {@code <!-- mistake: id -->} says which classic mistake it shows. Sections without a marker and without
 * code are prose. Anything else is reported as a {@link PageFormatException} naming the Markdown line.
 */
record MistakesPage(String name, List<Section> sections) {

    private static final Pattern HEADING = Pattern.compile("^##\\s+(.+?)\\s*$");
    private static final Pattern FENCE_OPEN = Pattern.compile("^```\\s*([\\w-]*)\\s*$");
    private static final Pattern FENCE_CLOSE = Pattern.compile("^```\\s*$");
    private static final Pattern MARKER = Pattern.compile("<!--\\s*mistake:\\s*([\\w-]+)\\s*-->");

    /** A fenced block: its language, its text and the 1-based Markdown line of its opening fence. */
    record Block(String language, String text, int line) {}

    /** One {@code ## } section that shows a mistake: its declaration, javac's transcript and the fixes. */
    record Section(String heading, int line, Optional<String> marker, Block declaration, Block transcript,
            List<Block> fixes) {}

    /** A page that does not have the shape the test relies on. */
    static final class PageFormatException extends RuntimeException {
        PageFormatException(String page, int line, String problem) {
            super(page + " line " + line + ": " + problem);
        }
    }

    /** Reads the Markdown {@code text} of the page called {@code name} (used in messages). */
    static MistakesPage parse(String name, String text) {
        List<String> lines = text.lines().toList();
        List<Section> sections = new ArrayList<>();
        Draft draft = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher fence = FENCE_OPEN.matcher(line);
            if (fence.matches()) {
                int close = closingFence(name, lines, i);
                Block block = new Block(fence.group(1), String.join("\n", lines.subList(i + 1, close)), i + 1);
                if (draft != null) {
                    draft.blocks.add(block);
                }
                i = close;
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                finish(name, draft).ifPresent(sections::add);
                draft = new Draft(heading.group(1), i + 1);
                continue;
            }
            Matcher marker = MARKER.matcher(line);
            if (marker.find()) {
                if (draft == null) {
                    throw new PageFormatException(name, i + 1, "a mistake marker before the first '## ' heading");
                }
                if (draft.marker != null) {
                    throw new PageFormatException(name, i + 1, "section '" + draft.heading + "' has two markers");
                }
                draft.marker = marker.group(1);
            }
        }
        finish(name, draft).ifPresent(sections::add);
        return new MistakesPage(name, List.copyOf(sections));
    }

    // The index of the line closing the fence opened at lines[open].
    private static int closingFence(String name, List<String> lines, int open) {
        for (int i = open + 1; i < lines.size(); i++) {
            if (FENCE_CLOSE.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        throw new PageFormatException(name, open + 1, "this ``` block is never closed");
    }

    // The finished section, or empty for prose; throws if a mistake section lacks a part or has extra ones.
    private static Optional<Section> finish(String name, Draft draft) {
        if (draft == null || (draft.marker == null && draft.blocks.isEmpty())) {
            return Optional.empty();
        }
        String where = "section '" + draft.heading + "'";
        List<Block> blocks = draft.blocks;
        if (blocks.isEmpty() || !blocks.get(0).language().equals("java")) {
            throw new PageFormatException(name, draft.line, where
                    + " must start its code with a ```java block holding the whole declaration");
        }
        if (blocks.size() < 2 || !blocks.get(1).language().equals("text")) {
            throw new PageFormatException(name, blocks.get(0).line(), where
                    + ": the declaration must be followed by a ```text block with what javac prints for it");
        }
        List<Block> fixes = blocks.subList(2, blocks.size());
        if (fixes.isEmpty()) {
            throw new PageFormatException(name, blocks.get(1).line(), where
                    + " shows no fix: add a ```java block with the corrected annotations and interface");
        }
        for (Block fix : fixes) {
            if (!fix.language().equals("java")) {
                throw new PageFormatException(name, fix.line(), where + ": after the ```text block only ```java "
                        + "fixes may follow, but this block is ```" + fix.language());
            }
        }
        return Optional.of(new Section(draft.heading, draft.line, Optional.ofNullable(draft.marker),
                blocks.get(0), blocks.get(1), List.copyOf(fixes)));
    }

    /** A section while its lines are being read. */
    private static final class Draft {
        final String heading;
        final int line;
        final List<Block> blocks = new ArrayList<>();
        String marker;

        Draft(String heading, int line) {
            this.heading = heading;
            this.line = line;
        }
    }
}
