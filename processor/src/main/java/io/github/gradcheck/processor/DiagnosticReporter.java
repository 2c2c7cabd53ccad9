package io.github.gradcheck.processor;

import io.github.gradcheck.processor.diagnostic.DiagnosticMessage;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Channel for diagnostics to the compiler's messager, which passes notes on only in debug mode.
 */
final class DiagnosticReporter {

    private final Messager messager;
    private final DebugMode debugMode;

    DiagnosticReporter(Messager messager, DebugMode debugMode) {
        this.messager = messager;
        this.debugMode = debugMode;
    }

    /**
     * Print an error at an element and, when not null, at one of its annotations, so that
     * IDEs underline the annotation.
     */
    void error(DiagnosticMessage message, Element element, AnnotationMirror annotation) {
        if (annotation == null) {
            messager.printMessage(Diagnostic.Kind.ERROR, message.text(), element);
        } else {
            messager.printMessage(Diagnostic.Kind.ERROR, message.text(), element, annotation);
        }
    }

    void error(DiagnosticMessage message) {
        messager.printMessage(Diagnostic.Kind.ERROR, message.text());
    }

    void note(DiagnosticMessage message, Element element) {
        if (debugMode == DebugMode.ON) {
            messager.printMessage(Diagnostic.Kind.NOTE, message.text(), element);
        }
    }

    void note(DiagnosticMessage message) {
        if (debugMode == DebugMode.ON) {
            messager.printMessage(Diagnostic.Kind.NOTE, message.text());
        }
    }

    /**
     * Whether the processor prints notes, set by the {@code gradcheck.debug} option.
     */
    enum DebugMode {
        ON,
        OFF
    }
}
