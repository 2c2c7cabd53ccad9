package io.github.gradcheck.junit;

import io.github.gradcheck.api.Differentiable;
import io.github.gradcheck.check.LayerAdapters;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Finds the layer classes of a suite: the classes its {@link GradientCheck} lists, then the
 * concrete {@code @Differentiable} classes of its packages.
 */
final class GradCheckLayerResolver {

    private final String suiteName;
    private final ClassLoader loader;

    private GradCheckLayerResolver(String suiteName, ClassLoader loader) {
        this.suiteName = suiteName;
        this.loader = loader;
    }

    /**
     * Return the layer classes, listed ones first in their order, then each package's classes
     * sorted by name, without duplicates.
     *
     * @throws IllegalArgumentException if the annotation names no layer, lists a class that is
     *                                  not a concrete {@code @Differentiable} class, or names a
     *                                  package without one
     */
    static List<Class<?>> resolve(String suiteName, GradientCheck annotation, ClassLoader loader) {
        if (annotation.value().length == 0 && annotation.packages().length == 0) {
            throw new IllegalArgumentException("Cannot run the gradient checks of [" + suiteName
                    + "]: @GradientCheck names no layer; list layer classes, as in "
                    + "@GradientCheck(Dense.class), or packages, as in "
                    + "@GradientCheck(packages = \"com.example.layers\").");
        }
        var resolver = new GradCheckLayerResolver(suiteName, loader);
        Set<Class<?>> layers = new LinkedHashSet<>();
        for (Class<?> listed : annotation.value()) {
            layers.add(resolver.checkListed(listed));
        }
        for (String packageName : annotation.packages()) {
            layers.addAll(resolver.find(packageName));
        }
        return List.copyOf(layers);
    }

    private Class<?> checkListed(Class<?> type) {
        String problem = !type.isAnnotationPresent(Differentiable.class)
                ? "is not annotated @Differentiable" : !isConcrete(type) ? "is abstract" : null;
        if (problem != null) {
            throw new IllegalArgumentException("Cannot run the gradient checks of [" + suiteName
                    + "]: class [" + type.getName() + "] listed in @GradientCheck " + problem
                    + "; list only concrete classes annotated @Differentiable, or annotate the "
                    + "class.");
        }
        return type;
    }

    private List<Class<?>> find(String packageName) {
        if (!isPackageName(packageName)) {
            throw new IllegalArgumentException("Cannot run the gradient checks of [" + suiteName
                    + "]: [" + packageName + "] in @GradientCheck(packages = ...) is not a package "
                    + "name; give a name such as com.example.layers.");
        }
        Set<Class<?>> found = new TreeSet<>(Comparator.comparing(Class::getName));
        found.addAll(indexed(packageName));
        found.addAll(ReflectionSupport.findAllClassesInPackage(packageName,
                GradCheckLayerResolver::isLayer, name -> true));
        if (found.isEmpty()) {
            throw new IllegalArgumentException("Cannot run the gradient checks of [" + suiteName
                    + "]: package [" + packageName + "] and its sub-packages contain no concrete "
                    + "@Differentiable class on the class path; correct the name in "
                    + "@GradientCheck(packages = ...), or list the layer classes.");
        }
        return new ArrayList<>(found);
    }

    private List<Class<?>> indexed(String packageName) {
        List<Class<?>> classes = new ArrayList<>();
        for (String name : LayerAdapters.indexedClasses(loader)) {
            if (name.startsWith(packageName + ".")) {
                load(name).filter(GradCheckLayerResolver::isLayer).ifPresent(classes::add);
            }
        }
        return classes;
    }

    private Optional<Class<?>> load(String name) {
        try {
            return Optional.of(Class.forName(name, false, loader));
        } catch (ClassNotFoundException | LinkageError e) {
            // A stale index entry names a deleted class; the class-path scan still finds every
            // class that exists, so skipping the entry loses nothing.
            return Optional.empty();
        }
    }

    private static boolean isLayer(Class<?> type) {
        return type.isAnnotationPresent(Differentiable.class) && isConcrete(type);
    }

    private static boolean isConcrete(Class<?> type) {
        return !type.isInterface() && !Modifier.isAbstract(type.getModifiers());
    }

    private static boolean isPackageName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (String part : name.split("\\.", -1)) {
            if (part.isEmpty() || !Character.isJavaIdentifierStart(part.charAt(0))
                    || !part.chars().allMatch(Character::isJavaIdentifierPart)) {
                return false;
            }
        }
        return true;
    }
}
