package io.github.gradcheck.processor.diagnostic;

import static io.github.gradcheck.processor.diagnostic.DiagnosticMessage.of;

/**
 * Messages about the access and modifiers of members the generated adapter uses.
 *
 * @since 0.1
 */
public final class MemberDiagnostics {

    private MemberDiagnostics() {
    }

    /**
     * Report a private member.
     *
     * @param layer  the class's canonical name, never null
     * @param role   what the member is to the adapter, never null
     * @param member the member's name, qualified by its class when inherited, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage privateMember(String layer, Role role, String member) {
        return of(DiagnosticCode.PRIVATE_MEMBER,
                role.description() + " [" + member + "] of [" + layer + "] is private, so the"
                        + " generated adapter cannot reach it",
                "make it package-private");
    }

    /**
     * Report a non-public member inherited from a class in another package.
     *
     * @param layer        the class's canonical name, never null
     * @param role         what the member is to the adapter, never null
     * @param member       the member's name, qualified by its declaring class, never null
     * @param layerPackage the package of the class and of its adapter, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage inaccessibleMember(String layer, Role role, String member,
            String layerPackage) {

        return of(DiagnosticCode.INACCESSIBLE_MEMBER,
                role.description() + " [" + member + "] inherited by [" + layer + "] is declared"
                        + " in another package and is not public, so the generated adapter in"
                        + " package [" + layerPackage + "] cannot reach it",
                "make it public");
    }

    /**
     * Report an annotated superclass field that a field of the same name hides.
     *
     * @param layer  the class's canonical name, never null
     * @param role   what the hidden field is to the adapter, never null
     * @param member the hidden field's name, qualified by its declaring class, never null
     * @param hiding the hiding field's name, qualified by its declaring class, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage hiddenField(String layer, Role role, String member,
            String hiding) {

        return of(DiagnosticCode.HIDDEN_FIELD,
                role.description() + " [" + member + "] of [" + layer + "] is hidden by field ["
                        + hiding + "], so the generated adapter would reach the wrong field",
                "rename one of the two fields");
    }

    /**
     * Report a static member that the adapter uses on each layer instance.
     *
     * @param layer  the class's canonical name, never null
     * @param role   what the member is to the adapter, never null
     * @param member the member's name, qualified by its class when inherited, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage staticMember(String layer, Role role, String member) {
        return of(DiagnosticCode.STATIC_MEMBER,
                role.description() + " [" + member + "] of [" + layer + "] is static, but the"
                        + " checker uses it on each layer instance separately",
                "remove static");
    }
}
