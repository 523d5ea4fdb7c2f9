package dev.crmkit.testkit;

import dev.crmkit.Crm;
import dev.crmkit.CrmSession;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One public use-case method, found by reflection: every method of every use-case interface a {@link CrmSession}
 * hands out (its no-argument methods that return an interface), and of every host-level one {@link Crm} hands out.
 * A method added to one of those interfaces, or a new interface added to either, is found without anyone listing it.
 *
 * @param getter the {@code CrmSession} or {@code Crm} method that hands out the interface
 * @param method the use-case method
 */
record UseCaseMethod(Method getter, Method method) {

    /** @return every use-case method, sorted by interface, name and parameter types */
    static List<UseCaseMethod> all() {
        List<UseCaseMethod> all = new ArrayList<>();
        for (Class<?> owner : List.of(CrmSession.class, Crm.class)) {
            for (Method getter : owner.getMethods()) {
                if (getter.getDeclaringClass() != owner || getter.getParameterCount() != 0
                        || !getter.getReturnType().isInterface() || Modifier.isStatic(getter.getModifiers())) {
                    continue;
                }
                for (Method method : getter.getReturnType().getMethods()) {
                    if (!Modifier.isStatic(method.getModifiers())) {
                        all.add(new UseCaseMethod(getter, method));
                    }
                }
            }
        }
        all.sort(Comparator.comparing(UseCaseMethod::toString));
        return List.copyOf(all);
    }

    /** @return whether the method is a host-level one, called on {@link Crm} rather than for an actor */
    boolean host() {
        return getter.getDeclaringClass() == Crm.class;
    }

    /** @return whether the method answers with an {@link Optional} (a lookup that may find nothing) */
    boolean answersOptional() {
        return method.getReturnType() == Optional.class;
    }

    /**
     * Calls the method.
     *
     * @param crm the entry point, for a host-level method
     * @param session the actor's API, for any other
     * @param arguments the arguments
     * @return what the method returned
     * @throws Throwable whatever the method threw
     */
    Object call(Crm crm, CrmSession session, Object[] arguments) throws Throwable {
        try {
            Object target = getter.invoke(host() ? crm : session);
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public String toString() {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName()
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).toList();
    }
}
