package org.openplate.arch;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;

/** The feature packages and the shared packages an adapter may use, for the architecture rules. */
final class Features {

    static final String ROOT = "org.openplate.";

    /** Feature packages: each owns its tables, pages, API routes and services. */
    static final Set<String> FEATURES = Set.of("account", "profile", "food", "diary", "exercise", "weight",
            "report", "article", "notification", "transfer", "start");

    /** Packages every adapter may use: HTTP plumbing, errors and input checks, the pure core, and the chart helper. */
    static final Set<String> SHARED_FOR_ADAPTERS = Set.of("web", "common", "units", "energy", "nutrition", "chart");

    /** What an adapter of another feature may take from {@code account}: who is signed in, and the guard. */
    static final Set<String> ACCOUNT_FOR_ADAPTERS = Set.of("UserId", "AuthGuard", "SignedIn", "Session", "Role", "User");

    private Features() {
    }

    /** The first package segment under org.openplate ("diary" for org.openplate.diary.x.Y), or "" for App. */
    static String featureOf(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith(ROOT)) {
            return pkg.equals("org.openplate") ? "" : null;
        }
        String rest = pkg.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    static boolean isOpenPlate(JavaClass c) {
        return c.getPackageName().equals("org.openplate") || c.getPackageName().startsWith(ROOT);
    }

    /**
     * An adapter ({@code *Pages}, {@code *Api}) talks to its own feature and the shared packages only.
     * Reaching into another feature's service couples two rooms through their internals; the module
     * pattern wants that to go through the other feature's facade, wired by the module, not by the page.
     */
    static ArchCondition<JavaClass> useOnlyOwnFeatureAndShared() {
        return new ArchCondition<>("use only their own feature, web, common, units, energy, nutrition "
                + "and account's " + new java.util.TreeSet<>(ACCOUNT_FOR_ADAPTERS)) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = featureOf(origin);
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass().getBaseComponentType();
                    if (!isOpenPlate(target)) {
                        continue;
                    }
                    String feature = featureOf(target);
                    boolean allowed = feature.equals(own) || SHARED_FOR_ADAPTERS.contains(feature)
                            || feature.equals("account")
                                    && ACCOUNT_FOR_ADAPTERS.contains(outerSimpleName(target));
                    if (!allowed) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }

    private static String outerSimpleName(JavaClass c) {
        String name = c.getName().substring(c.getPackageName().length() + 1);
        int dollar = name.indexOf('$');
        return dollar < 0 ? name : name.substring(0, dollar);
    }
}
