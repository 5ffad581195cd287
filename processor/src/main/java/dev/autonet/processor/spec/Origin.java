package dev.autonet.processor.spec;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a declared value came from, so a diagnostic can underline it: the element, and where known the
 * annotation mirror and the annotation value, or the position of a type in the element's
 * {@code extends} clause. {@code mirror} and {@code value} may be null; {@code supertype} is -1 unless the
 * origin is a supertype.
 */
public record Origin(Element element, AnnotationMirror mirror, AnnotationValue value, int supertype) {

    /** An annotation value on the element. */
    public Origin(Element element, AnnotationMirror mirror, AnnotationValue value) {
        this(element, mirror, value, -1);
    }

    /** The element as a whole. */
    public static Origin of(Element element) {
        return new Origin(element, null, null);
    }

    /** An annotation on the element. */
    public static Origin of(Element element, AnnotationMirror mirror) {
        return new Origin(element, mirror, null);
    }

    /** The {@code index}-th type (0-based) in the {@code extends} clause of the interface {@code element}. */
    public static Origin ofSupertype(Element element, int index) {
        return new Origin(element, null, null, index);
    }
}
