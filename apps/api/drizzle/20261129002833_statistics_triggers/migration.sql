-- Keeps statistics_tallies and statistics_monthly equal to counting the base tables, in the same
-- transaction as every change (GraphQL, imports, seeding, direct SQL alike).
--
-- Each archive, household member, plan and ledger entry contributes a few signed amounts to a few
-- summary rows; a change subtracts what the old rows contributed and adds what the new rows do.
-- Statement-level triggers with transition tables make a bulk insert of N rows one aggregated
-- upsert instead of N. Upserts go in key order so that concurrent transactions lock summary rows
-- in the same order (no deadlocks between them).
--
-- Deleting an archive is a BEFORE ROW trigger: its contribution depends on its members and plan,
-- which the ON DELETE CASCADE removes before any AFTER trigger could look at them. The cascaded
-- member and plan deletions then find no archive and contribute nothing.

CREATE TYPE statistics_tally AS (
  union_id uuid, dimension text, key text, total integer, established integer, exited integer, amount_fen bigint
);
--> statement-breakpoint
CREATE TYPE statistics_bucket AS (
  union_id uuid, dimension text, key text, month date, count integer, amount_fen bigint
);
--> statement-breakpoint
CREATE FUNCTION statistics_month(d date) RETURNS date LANGUAGE sql IMMUTABLE AS $$
  SELECT date_trunc('month', d::timestamp)::date
$$;
--> statement-breakpoint
-- Current counts some archives stand for (each signed): their state; for targets (established or
-- exited) their category, primary cause, key groups, measures and action plans (each code once),
-- the people covered (the worker and the registered household members) and the exit reason; and,
-- while established, whether it has a plan for its current cycle (`planTarget`).
CREATE FUNCTION statistics_archive_tallies(rows archives[], sign integer) RETURNS SETOF statistics_tally
LANGUAGE sql STABLE AS $$
  WITH a AS (SELECT * FROM unnest(rows)),
  targets AS (
    SELECT a.*, sign * (a.status = 'ESTABLISHED')::integer AS e, sign * (a.status = 'EXITED')::integer AS x
    FROM a WHERE a.status IN ('ESTABLISHED', 'EXITED')
  )
  SELECT union_id, 'status', status, sign, 0, 0, 0::bigint FROM a
  UNION ALL
  SELECT t.union_id, d.dimension, d.key, 0, t.e, t.x, 0::bigint
  FROM targets t CROSS JOIN LATERAL (
    SELECT 'hardshipCategory', t.hardship_category
    UNION SELECT 'primaryCause', t.primary_cause
    UNION SELECT 'keyGroup', k FROM unnest(t.key_groups) k
    UNION SELECT 'measure', k FROM unnest(t.measures) k
    UNION SELECT 'actionPlan', k FROM unnest(t.action_plans) k
  ) d(dimension, key)
  UNION ALL
  SELECT t.union_id, 'people', '', 0, t.e * (1 + m.n)::integer, t.x * (1 + m.n)::integer, 0::bigint
  FROM targets t CROSS JOIN LATERAL (SELECT count(*) AS n FROM archive_members m WHERE m.archive_id = t.id) m
  UNION ALL
  SELECT union_id, 'exitReason', coalesce(exit_reason, ''), 0, 0, sign, 0::bigint FROM a WHERE status = 'EXITED'
  UNION ALL
  SELECT a.union_id, 'planTarget', '', 0, sign, 0, 0::bigint
  FROM a CROSS JOIN LATERAL (SELECT 1 FROM assistance_plans p WHERE p.archive_id = a.id AND p.cycle = a.cycle) p
  WHERE a.status = 'ESTABLISHED'
$$;
--> statement-breakpoint
-- Month buckets some archives stand for: the month each target's determination was decided, the
-- month it exited, and, while established, the target month of its current cycle's plan.
CREATE FUNCTION statistics_archive_buckets(rows archives[], sign integer) RETURNS SETOF statistics_bucket
LANGUAGE sql STABLE AS $$
  WITH a AS (SELECT * FROM unnest(rows))
  SELECT union_id, 'decided', '', statistics_month(decided_on), sign, 0::bigint
  FROM a WHERE status IN ('ESTABLISHED', 'EXITED') AND decided_on IS NOT NULL
  UNION ALL
  SELECT union_id, 'exit', coalesce(exit_reason, ''), statistics_month(exited_on), sign, 0::bigint
  FROM a WHERE status = 'EXITED' AND exited_on IS NOT NULL
  UNION ALL
  SELECT a.union_id, 'planTarget', '', statistics_month(p.target_month), sign, 0::bigint
  FROM a CROSS JOIN LATERAL (
    SELECT target_month FROM assistance_plans p WHERE p.archive_id = a.id AND p.cycle = a.cycle
  ) p
  WHERE a.status = 'ESTABLISHED'
$$;
--> statement-breakpoint
-- A household member counts among the people covered while its archive is a target.
CREATE FUNCTION statistics_member_tallies(rows archive_members[], sign integer) RETURNS SETOF statistics_tally
LANGUAGE sql STABLE AS $$
  SELECT a.union_id, 'people', '', 0, sign * (a.status = 'ESTABLISHED')::integer, sign * (a.status = 'EXITED')::integer, 0::bigint
  FROM unnest(rows) m CROSS JOIN LATERAL (SELECT union_id, status FROM archives a WHERE a.id = m.archive_id) a
  WHERE a.status IN ('ESTABLISHED', 'EXITED')
$$;
--> statement-breakpoint
-- A plan of an established archive's current cycle: counted in `planTarget`, and by its target
-- month. Overdue = planned − those due this month or later, so statistics read only the few
-- months ahead, however many months lie behind.
CREATE FUNCTION statistics_plan_tallies(rows assistance_plans[], sign integer) RETURNS SETOF statistics_tally
LANGUAGE sql STABLE AS $$
  SELECT a.union_id, 'planTarget', '', 0, sign, 0, 0::bigint
  FROM unnest(rows) p CROSS JOIN LATERAL (
    SELECT union_id FROM archives a WHERE a.id = p.archive_id AND a.cycle = p.cycle AND a.status = 'ESTABLISHED'
  ) a
$$;
--> statement-breakpoint
CREATE FUNCTION statistics_plan_buckets(rows assistance_plans[], sign integer) RETURNS SETOF statistics_bucket
LANGUAGE sql STABLE AS $$
  SELECT a.union_id, 'planTarget', '', statistics_month(p.target_month), sign, 0::bigint
  FROM unnest(rows) p CROSS JOIN LATERAL (
    SELECT union_id FROM archives a WHERE a.id = p.archive_id AND a.cycle = p.cycle AND a.status = 'ESTABLISHED'
  ) a
$$;
--> statement-breakpoint
-- Ledger entries belong to the union on their own union_path (paths never change), not to the
-- archive: that keeps them countable while a cascade is deleting the archive.
CREATE FUNCTION statistics_ledger_tallies(rows ledger_entries[], sign integer) RETURNS SETOF statistics_tally
LANGUAGE sql STABLE AS $$
  SELECT u.id, 'ledger', l.action_plan, sign, 0, 0, sign * l.amount_fen::bigint
  FROM unnest(rows) l CROSS JOIN LATERAL (SELECT id FROM unions u WHERE u.path = l.union_path) u
$$;
--> statement-breakpoint
CREATE FUNCTION statistics_ledger_buckets(rows ledger_entries[], sign integer) RETURNS SETOF statistics_bucket
LANGUAGE sql STABLE AS $$
  SELECT u.id, 'ledger', l.action_plan, statistics_month(l.on), sign, sign * l.amount_fen::bigint
  FROM unnest(rows) l CROSS JOIN LATERAL (SELECT id FROM unions u WHERE u.path = l.union_path) u
$$;
--> statement-breakpoint
-- Adds signed contributions to the summaries: summed per row first (an update's -1 and +1 on an
-- unchanged key cancel out and write nothing), then upserted in key order.
CREATE FUNCTION statistics_add(tallies statistics_tally[], buckets statistics_bucket[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO statistics_tallies AS s (union_id, dimension, key, total, established, exited, amount_fen)
  SELECT union_id, dimension, key, sum(total), sum(established), sum(exited), sum(amount_fen)
  FROM unnest(tallies)
  GROUP BY union_id, dimension, key
  HAVING sum(total) <> 0 OR sum(established) <> 0 OR sum(exited) <> 0 OR sum(amount_fen) <> 0
  ORDER BY union_id, dimension, key
  ON CONFLICT (union_id, dimension, key) DO UPDATE SET
    total = s.total + excluded.total,
    established = s.established + excluded.established,
    exited = s.exited + excluded.exited,
    amount_fen = s.amount_fen + excluded.amount_fen;
  INSERT INTO statistics_monthly AS s (union_id, dimension, key, month, count, amount_fen)
  SELECT union_id, dimension, key, month, sum(count), sum(amount_fen)
  FROM unnest(buckets)
  GROUP BY union_id, dimension, key, month
  HAVING sum(count) <> 0 OR sum(amount_fen) <> 0
  ORDER BY union_id, dimension, key, month
  ON CONFLICT (union_id, dimension, key, month) DO UPDATE SET
    count = s.count + excluded.count,
    amount_fen = s.amount_fen + excluded.amount_fen;
$$;
--> statement-breakpoint
-- Replaces what `before` rows contributed by what `after` rows do, for each kind of row.
CREATE FUNCTION statistics_replace_archives(before archives[], after archives[]) RETURNS void LANGUAGE sql AS $$
  SELECT statistics_add(
    ARRAY(SELECT c FROM statistics_archive_tallies(before, -1) c UNION ALL SELECT c FROM statistics_archive_tallies(after, 1) c),
    ARRAY(SELECT c FROM statistics_archive_buckets(before, -1) c UNION ALL SELECT c FROM statistics_archive_buckets(after, 1) c));
$$;
--> statement-breakpoint
CREATE FUNCTION statistics_replace_members(before archive_members[], after archive_members[]) RETURNS void LANGUAGE sql AS $$
  SELECT statistics_add(
    ARRAY(SELECT c FROM statistics_member_tallies(before, -1) c UNION ALL SELECT c FROM statistics_member_tallies(after, 1) c),
    '{}');
$$;
--> statement-breakpoint
CREATE FUNCTION statistics_replace_plans(before assistance_plans[], after assistance_plans[]) RETURNS void LANGUAGE sql AS $$
  SELECT statistics_add(
    ARRAY(SELECT c FROM statistics_plan_tallies(before, -1) c UNION ALL SELECT c FROM statistics_plan_tallies(after, 1) c),
    ARRAY(SELECT c FROM statistics_plan_buckets(before, -1) c UNION ALL SELECT c FROM statistics_plan_buckets(after, 1) c));
$$;
--> statement-breakpoint
CREATE FUNCTION statistics_replace_ledger(before ledger_entries[], after ledger_entries[]) RETURNS void LANGUAGE sql AS $$
  SELECT statistics_add(
    ARRAY(SELECT c FROM statistics_ledger_tallies(before, -1) c UNION ALL SELECT c FROM statistics_ledger_tallies(after, 1) c),
    ARRAY(SELECT c FROM statistics_ledger_buckets(before, -1) c UNION ALL SELECT c FROM statistics_ledger_buckets(after, 1) c));
$$;
--> statement-breakpoint
-- (Every lookup above is a LATERAL index probe per changed row, so a trigger's cost follows the
-- number of rows changed, never the size of the tables.)
--
-- The triggers hand their transition tables over as arrays (the functions above cannot name a
-- trigger's transition tables). A branch names only the tables its event has.
CREATE FUNCTION statistics_archives_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM statistics_replace_archives('{}', ARRAY(SELECT n::archives FROM new_rows n));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM statistics_replace_archives(ARRAY(SELECT o::archives FROM old_rows o), ARRAY(SELECT n::archives FROM new_rows n));
  ELSE
    PERFORM statistics_replace_archives(ARRAY[OLD], '{}');
    RETURN OLD;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION statistics_members_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM statistics_replace_members('{}', ARRAY(SELECT n::archive_members FROM new_rows n));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM statistics_replace_members(ARRAY(SELECT o::archive_members FROM old_rows o), ARRAY(SELECT n::archive_members FROM new_rows n));
  ELSE
    PERFORM statistics_replace_members(ARRAY(SELECT o::archive_members FROM old_rows o), '{}');
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION statistics_plans_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM statistics_replace_plans('{}', ARRAY(SELECT n::assistance_plans FROM new_rows n));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM statistics_replace_plans(ARRAY(SELECT o::assistance_plans FROM old_rows o), ARRAY(SELECT n::assistance_plans FROM new_rows n));
  ELSE
    PERFORM statistics_replace_plans(ARRAY(SELECT o::assistance_plans FROM old_rows o), '{}');
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION statistics_ledger_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM statistics_replace_ledger('{}', ARRAY(SELECT n::ledger_entries FROM new_rows n));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM statistics_replace_ledger(ARRAY(SELECT o::ledger_entries FROM old_rows o), ARRAY(SELECT n::ledger_entries FROM new_rows n));
  ELSE
    PERFORM statistics_replace_ledger(ARRAY(SELECT o::ledger_entries FROM old_rows o), '{}');
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Recomputes both summaries from the base tables with the triggers' own functions, in chunks:
-- `SELECT statistics_rebuild();` after a restore, to check them, or (automatically) a TRUNCATE.
-- An archive's chunk brings its members and plan along; ledger entries go on their own.
CREATE FUNCTION statistics_rebuild() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  archive_chunk archives[];
  ledger_chunk ledger_entries[];
  after_id uuid := '00000000-0000-0000-0000-000000000000';
BEGIN
  DELETE FROM statistics_tallies;
  DELETE FROM statistics_monthly;
  LOOP
    archive_chunk := ARRAY(SELECT a FROM archives a WHERE a.id > after_id ORDER BY a.id LIMIT 5000);
    EXIT WHEN cardinality(archive_chunk) = 0;
    PERFORM statistics_replace_archives('{}', archive_chunk);
    after_id := (archive_chunk[cardinality(archive_chunk)]).id;
  END LOOP;
  after_id := '00000000-0000-0000-0000-000000000000';
  LOOP
    ledger_chunk := ARRAY(SELECT l FROM ledger_entries l WHERE l.id > after_id ORDER BY l.id LIMIT 20000);
    EXIT WHEN cardinality(ledger_chunk) = 0;
    PERFORM statistics_replace_ledger('{}', ledger_chunk);
    after_id := (ledger_chunk[cardinality(ledger_chunk)]).id;
  END LOOP;
END $$;
--> statement-breakpoint
CREATE FUNCTION statistics_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM statistics_rebuild();
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER statistics_archives_inserted AFTER INSERT ON archives
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_archives_changed();
--> statement-breakpoint
CREATE TRIGGER statistics_archives_updated AFTER UPDATE ON archives
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_archives_changed();
--> statement-breakpoint
CREATE TRIGGER statistics_archives_deleting BEFORE DELETE ON archives
  FOR EACH ROW EXECUTE FUNCTION statistics_archives_changed();
--> statement-breakpoint
CREATE TRIGGER statistics_members_inserted AFTER INSERT ON archive_members
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_members_changed();
--> statement-breakpoint
CREATE TRIGGER statistics_members_updated AFTER UPDATE ON archive_members
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_members_changed();
--> statement-breakpoint
CREATE TRIGGER statistics_members_deleted AFTER DELETE ON archive_members
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_members_changed();
--> statement-breakpoint
CREATE TRIGGER statistics_plans_inserted AFTER INSERT ON assistance_plans
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_plans_changed();
--> statement-breakpoint
CREATE TRIGGER statistics_plans_updated AFTER UPDATE ON assistance_plans
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_plans_changed();
--> statement-breakpoint
CREATE TRIGGER statistics_plans_deleted AFTER DELETE ON assistance_plans
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_plans_changed();
--> statement-breakpoint
CREATE TRIGGER statistics_ledger_inserted AFTER INSERT ON ledger_entries
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_ledger_changed();
--> statement-breakpoint
CREATE TRIGGER statistics_ledger_updated AFTER UPDATE ON ledger_entries
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_ledger_changed();
--> statement-breakpoint
CREATE TRIGGER statistics_ledger_deleted AFTER DELETE ON ledger_entries
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_ledger_changed();
--> statement-breakpoint
CREATE TRIGGER statistics_archives_truncated AFTER TRUNCATE ON archives
  FOR EACH STATEMENT EXECUTE FUNCTION statistics_truncated();
--> statement-breakpoint
CREATE TRIGGER statistics_members_truncated AFTER TRUNCATE ON archive_members
  FOR EACH STATEMENT EXECUTE FUNCTION statistics_truncated();
--> statement-breakpoint
CREATE TRIGGER statistics_plans_truncated AFTER TRUNCATE ON assistance_plans
  FOR EACH STATEMENT EXECUTE FUNCTION statistics_truncated();
--> statement-breakpoint
CREATE TRIGGER statistics_ledger_truncated AFTER TRUNCATE ON ledger_entries
  FOR EACH STATEMENT EXECUTE FUNCTION statistics_truncated();
--> statement-breakpoint
-- Databases that already hold data start with correct summaries.
SELECT statistics_rebuild();
