package dev.autonet.processor.codegen;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the bytecode length of every method straight from a compiled class file (JVMS §4): the constant
 * pool is walked only to resolve names, then each method's Code attribute gives {@code code_length}.
 */
public final class ClassFiles {
    private ClassFiles() {}

    /** Code length in bytes of each method of {@code type} and of every class nested in it, keyed "Class.name(desc)". */
    public static Map<String, Integer> methodSizes(Class<?> type) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        List<Class<?>> classes = new ArrayList<>();
        classes.add(type);
        classes.addAll(List.of(type.getDeclaredClasses()));
        for (Class<?> c : classes) {
            sizes.putAll(read(c));
        }
        return sizes;
    }

    /** Code length in bytes of each method in the class file {@code classFile}, keyed "simpleName.name(desc)". */
    public static Map<String, Integer> methodSizes(String simpleName, InputStream classFile) {
        try {
            return parse(simpleName, new DataInputStream(classFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Integer> read(Class<?> type) {
        String resource = "/" + type.getName().replace('.', '/') + ".class";
        try (InputStream stream = type.getResourceAsStream(resource)) {
            if (stream == null) {
                throw new IllegalStateException("no class file for " + type.getName());
            }
            return parse(type.getSimpleName(), new DataInputStream(stream));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Integer> parse(String className, DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            throw new IllegalStateException("not a class file: " + className);
        }
        in.readUnsignedShort(); // minor
        in.readUnsignedShort(); // major
        String[] utf8 = readConstantPool(in);
        in.readUnsignedShort(); // access flags
        in.readUnsignedShort(); // this_class
        in.readUnsignedShort(); // super_class
        skip(in, 2 * in.readUnsignedShort()); // interfaces
        int fields = in.readUnsignedShort();
        for (int i = 0; i < fields; i++) {
            skip(in, 6);
            skipAttributes(in);
        }
        Map<String, Integer> sizes = new LinkedHashMap<>();
        int methods = in.readUnsignedShort();
        for (int i = 0; i < methods; i++) {
            in.readUnsignedShort(); // access flags
            String name = utf8[in.readUnsignedShort()];
            String descriptor = utf8[in.readUnsignedShort()];
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                String attribute = utf8[in.readUnsignedShort()];
                int length = in.readInt();
                if (attribute.equals("Code")) {
                    in.readUnsignedShort(); // max_stack
                    in.readUnsignedShort(); // max_locals
                    sizes.put(className + "." + name + descriptor, in.readInt());
                    skip(in, length - 8);
                } else {
                    skip(in, length);
                }
            }
        }
        return sizes;
    }

    // Only UTF-8 entries are kept: names and descriptors point at them.
    private static String[] readConstantPool(DataInputStream in) throws IOException {
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7, 8, 16, 19, 20 -> skip(in, 2); // Class, String, MethodType, Module, Package
                case 15 -> skip(in, 3); // MethodHandle
                case 3, 4, 9, 10, 11, 12, 17, 18 -> skip(in, 4); // Integer, Float, refs, NameAndType, (Invoke)Dynamic
                case 5, 6 -> { // Long and Double take two entries
                    skip(in, 8);
                    i++;
                }
                default -> throw new IllegalStateException("unknown constant pool tag " + tag);
            }
        }
        return utf8;
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            in.readUnsignedShort();
            skip(in, in.readInt());
        }
    }

    private static void skip(DataInputStream in, int bytes) throws IOException {
        in.skipNBytes(bytes);
    }
}
