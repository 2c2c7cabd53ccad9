package io.github.gradcheck.processor.diagnostic;

import static io.github.gradcheck.processor.diagnostic.DiagnosticMessage.of;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Messages about the processor's own work: failures, output files and debug notes.
 *
 * @since 0.1
 */
public final class ProcessorDiagnostics {

    private ProcessorDiagnostics() {
    }

    /**
     * Report a failure of the processor itself, with the stack trace on the following lines.
     *
     * @param subject what the processor was working on, such as a class name, never null
     * @param failure the exception or error caught, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage unexpectedFailure(String subject, Throwable failure) {
        var stackTrace = new StringWriter();
        failure.printStackTrace(new PrintWriter(stackTrace));
        return new DiagnosticMessage(DiagnosticCode.UNEXPECTED_FAILURE,
                "the gradcheck processor failed on [" + subject + "] with [" + failure + "]",
                "this is a fault in gradcheck, so report it with the stack trace below",
                stackTrace.toString().stripTrailing());
    }

    /**
     * Report a generated file that could not be written.
     *
     * @param file    the file's name, such as a class name or a resource path, never null
     * @param failure the exception the compiler's file manager threw, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage writeFailed(String file, Exception failure) {
        return of(DiagnosticCode.WRITE_FAILED,
                "the gradcheck processor could not write [" + file + "]: " + failure,
                "make sure no other source or processor creates a file of that name and that"
                        + " the output directory is writable");
    }

    /**
     * Note a generated adapter, printed only in debug mode.
     *
     * @param layer   the class's canonical name, never null
     * @param adapter the adapter's canonical name, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage adapterWritten(String layer, String adapter) {
        return of(DiagnosticCode.DEBUG, "wrote adapter [" + adapter + "] for [" + layer + "]", "");
    }

    /**
     * Note a class left for a later round, printed only in debug mode.
     *
     * @param layer the class's canonical name, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage deferred(String layer) {
        return of(DiagnosticCode.DEBUG,
                "deferred [" + layer + "] to the next round because some of its types do not"
                        + " exist yet", "");
    }

    /**
     * Note a class skipped because its types never resolved, printed only in debug mode.
     *
     * @param layer the class's canonical name, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage unresolved(String layer) {
        return of(DiagnosticCode.DEBUG,
                "skipped [" + layer + "] because some of its types never resolved, which the"
                        + " compiler reports as missing symbols", "");
    }

    /**
     * Note the written layer index, printed only in debug mode.
     *
     * @param resource the index's resource path, never null
     * @param entries  how many classes it lists
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage indexWritten(String resource, int entries) {
        return of(DiagnosticCode.DEBUG,
                "wrote [" + resource + "] listing " + entries + " adapters", "");
    }
}
