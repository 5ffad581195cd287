package dev.autonet.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Splits a method whose body is one block of code per layer into pieces of at most
 * {@link #LAYERS_PER_PIECE} layers, so that it stays under HotSpot's 8000-byte limit however deep the
 * network (DESIGN: every generated method is JIT-compiled). A network of up to that many layers gets the
 * one method it always had.
 */
final class MethodPieces {
    /**
     * Layers per piece. The largest block per layer is the trainer's backward step, at most about 60 bytes
     * of bytecode (a PReLU slope and staged rows), so a piece stays near 6000 bytes.
     */
    static final int LAYERS_PER_PIECE = 100;

    private MethodPieces() {}

    /** Whether a method of {@code blocks} per-layer blocks is split, so that what depends on it can follow. */
    static boolean splits(int blocks) {
        return blocks > LAYERS_PER_PIECE;
    }

    /*
     * Up to LAYERS_PER_PIECE blocks:  private void backward(float[] p, int count) { <blocks> }
     * More:                           private void backward(float[] p, int count) {
     *                                     backwardPart1(p, count);
     *                                     backwardPart2(p, count);
     *                                 }
     *                                 private void backwardPart1(float[] p, int count) { <blocks 1 to 100> }
     */
    static List<MethodSpec> split(MethodSpec.Builder method, List<CodeBlock> blocks) {
        if (!splits(blocks.size())) {
            blocks.forEach(method::addCode);
            return List.of(method.build());
        }
        MethodSpec signature = method.build();
        List<MethodSpec> pieces = new ArrayList<>();
        pieces.add(null);
        for (int first = 0, part = 1; first < blocks.size(); first += LAYERS_PER_PIECE, part++) {
            int last = Math.min(blocks.size(), first + LAYERS_PER_PIECE);
            String name = signature.name() + "Part" + part;
            MethodSpec.Builder piece = MethodSpec.methodBuilder(name)
                    .addJavadoc("Blocks $L to $L of {@link #$L}, a piece of it kept under HotSpot's 8000-byte limit.\n",
                            first + 1, last, signature.name())
                    .addModifiers(Modifier.PRIVATE)
                    .addParameters(signature.parameters());
            if (signature.modifiers().contains(Modifier.STATIC)) {
                piece.addModifiers(Modifier.STATIC);
            }
            blocks.subList(first, last).forEach(piece::addCode);
            pieces.add(piece.build());
            method.addStatement("$N($L)", name, arguments(signature.parameters()));
        }
        pieces.set(0, method.build());
        return pieces;
    }

    // p, count
    private static CodeBlock arguments(List<ParameterSpec> parameters) {
        List<CodeBlock> names = new ArrayList<>();
        for (ParameterSpec parameter : parameters) {
            names.add(CodeBlock.of("$N", parameter));
        }
        return CodeBlock.join(names, ", ");
    }
}
