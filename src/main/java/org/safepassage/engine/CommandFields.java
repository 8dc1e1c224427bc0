package org.safepassage.engine;

import java.lang.reflect.Field;

/**
 * Reads what an identity command is about. Camunda's commands keep their arguments in fields
 * without getters (the same names in Operaton); AdministrationAuditIT fails if a new version
 * renames one.
 */
public final class CommandFields {

  private CommandFields() {
  }

  public static <V> V read(Object command, String name, Class<V> type) {
    for (Class<?> owner = command.getClass(); owner != null; owner = owner.getSuperclass()) {
      try {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return type.cast(field.get(command));
      } catch (NoSuchFieldException e) {
        // declared higher up
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot read " + name + " of " + command.getClass().getSimpleName(), e);
      }
    }
    throw new IllegalStateException(command.getClass().getSimpleName() + " has no field " + name);
  }
}
