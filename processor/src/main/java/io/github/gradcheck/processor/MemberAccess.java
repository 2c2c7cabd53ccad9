package io.github.gradcheck.processor;

import io.github.gradcheck.processor.diagnostic.MemberDiagnostics;
import io.github.gradcheck.processor.diagnostic.Role;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;

/**
 * Access rules for the members that the generated adapter, a class in the layer's package, uses.
 */
final class MemberAccess {

    private MemberAccess() {
    }

    /**
     * Check a member the adapter uses on each instance. It must not be static, and it must be
     * reachable as {@code layer.name}, so no other field of that name may hide it.
     */
    static void checkInstanceMember(LayerContext context, Element member,
            AnnotationMirror annotation, Role role) {

        String name = context.describe(member);
        if (member.getModifiers().contains(Modifier.STATIC)) {
            context.error(MemberDiagnostics.staticMember(context.name(), role, name), member,
                    annotation);
        }
        if (member.getKind() == ElementKind.FIELD) {
            String simpleName = member.getSimpleName().toString();
            context.hierarchy().field(simpleName)
                    .filter(visible -> !visible.equals(member))
                    .ifPresent(hiding -> context.error(MemberDiagnostics.hiddenField(context.name(),
                            role, name, context.describe(hiding)), member, annotation));
        }
        checkReachable(context, member, annotation, role);
    }

    /**
     * Check that code in the layer's package can reach a member. It must not be private, and it
     * must be public when a superclass in another package declares it.
     */
    static void checkReachable(LayerContext context, Element member, AnnotationMirror annotation,
            Role role) {

        Set<Modifier> modifiers = member.getModifiers();
        String name = context.describe(member);
        if (modifiers.contains(Modifier.PRIVATE)) {
            context.error(MemberDiagnostics.privateMember(context.name(), role, name), member,
                    annotation);
        } else if (!modifiers.contains(Modifier.PUBLIC) && !context.isInLayerPackage(member)) {
            context.error(MemberDiagnostics.inaccessibleMember(context.name(), role, name,
                    context.packageName()), member, annotation);
        }
    }
}
