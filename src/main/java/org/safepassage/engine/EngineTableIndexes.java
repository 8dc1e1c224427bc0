package org.safepassage.engine;

import java.util.List;

/**
 * Indexes a module needs on the engine's own tables ({@code ACT_*}), which Camunda's schema
 * lacks: a bean of this type per module, each statement a {@code create index if not exists}
 * with {@code %s} where the table prefix goes, and a comment saying which query it serves.
 *
 * <p>They are created in one place ({@code engine.internal.EngineTableIndexCreation}) right after
 * the engine has created or updated its schema, on PostgreSQL only, and not by Flyway: Flyway runs
 * before the engine, so on a new database the tables do not exist yet. The app's role owns the
 * engine's tables (it creates them), so it may index them.
 */
public interface EngineTableIndexes {

  /** The statements, each {@code create index if not exists name on %sACT_... (...)}. */
  List<String> statements();
}
