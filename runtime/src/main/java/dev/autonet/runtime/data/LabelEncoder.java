package dev.autonet.runtime.data;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A fixed mapping between string class labels and class indices 0, 1, ..., like scikit-learn's
 * {@code LabelEncoder}. Immutable and thread-safe.
 *
 * <p>{@link #fit} numbers the distinct labels in sorted order ({@link String#compareTo}, i.e. by UTF-16 code
 * unit, which for labels without characters beyond U+FFFF is the order Python's {@code sorted} gives), so the
 * same set of labels gets the same indices whatever order the rows come in. {@link #of} keeps a given order,
 * e.g. to encode a test file with the classes of a training file.
 */
public final class LabelEncoder {
    private final List<String> classes;
    private final Map<String, Integer> indices;

    private LabelEncoder(List<String> classes) {
        this.classes = List.copyOf(classes);
        this.indices = new HashMap<>();
        for (int i = 0; i < this.classes.size(); i++) {
            Integer earlier = indices.putIfAbsent(this.classes.get(i), i);
            if (earlier != null) {
                throw new IllegalArgumentException("class '" + this.classes.get(i) + "' is listed twice, at "
                        + earlier + " and " + i);
            }
        }
    }

    /**
     * An encoder for the distinct {@code labels}, numbered in sorted order; repeats are expected (one label per
     * row). Throws IllegalArgumentException if there are no labels or one is null.
     */
    public static LabelEncoder fit(Collection<String> labels) {
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("no labels to fit: need at least one");
        }
        TreeSet<String> sorted = new TreeSet<>();
        for (String label : labels) {
            sorted.add(Objects.requireNonNull(label, "a label is null"));
        }
        return new LabelEncoder(List.copyOf(sorted));
    }

    /**
     * An encoder whose class {@code i} is {@code classes.get(i)}. Throws IllegalArgumentException if the list
     * is empty or names a class twice, NullPointerException if a class is null.
     */
    public static LabelEncoder of(List<String> classes) {
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("no classes: need at least one");
        }
        return new LabelEncoder(classes);
    }

    /** {@link #of(List)} with the classes given in order. */
    public static LabelEncoder of(String... classes) {
        return of(List.of(classes));
    }

    /**
     * The class index of {@code label}. Throws IllegalArgumentException for a label this encoder does not
     * know, e.g. "unknown label 'virginica'; the classes are setosa, versicolor".
     */
    public int encode(String label) {
        Integer index = indices.get(Objects.requireNonNull(label, "label"));
        if (index == null) {
            throw new IllegalArgumentException("unknown label '" + label + "'; the classes are " + classList());
        }
        return index;
    }

    /** Whether {@link #encode} knows {@code label}. */
    public boolean contains(String label) {
        return indices.containsKey(label);
    }

    /** The label of class {@code index}. Throws IllegalArgumentException outside [0, {@link #classCount()}). */
    public String decode(int index) {
        if (index < 0 || index >= classes.size()) {
            throw new IllegalArgumentException(
                    "class index " + index + " is outside [0, " + classes.size() + ")");
        }
        return classes.get(index);
    }

    /** The labels by class index: {@code classes().get(i)} is {@code decode(i)}. Unmodifiable. */
    public List<String> classes() {
        return classes;
    }

    /** The number of classes: the width of one-hot targets for these labels. */
    public int classCount() {
        return classes.size();
    }

    /** The classes in index order, comma-separated, for error messages. */
    String classList() {
        return String.join(", ", classes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LabelEncoder that && classes.equals(that.classes);
    }

    @Override
    public int hashCode() {
        return classes.hashCode();
    }

    @Override
    public String toString() {
        return "LabelEncoder" + classes;
    }
}
