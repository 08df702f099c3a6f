ALTER TABLE "ledger_entries" ADD COLUMN "reverses_entry_id" uuid;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD COLUMN "correction_reason" text;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD COLUMN "replaces_entry_id" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_entries_reverses" ON "ledger_entries" ("reverses_entry_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_entries_replaces" ON "ledger_entries" ("replaces_entry_id");--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_reverses_entry_id_ledger_entries_id_fkey" FOREIGN KEY ("reverses_entry_id") REFERENCES "ledger_entries"("id");--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_replaces_entry_id_ledger_entries_id_fkey" FOREIGN KEY ("replaces_entry_id") REFERENCES "ledger_entries"("id");--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_reversal_reason" CHECK ((reverses_entry_id is null) = (correction_reason is null));--> statement-breakpoint
ALTER TABLE "ledger_entries" DROP CONSTRAINT "ledger_entries_amount", ADD CONSTRAINT "ledger_entries_amount" CHECK (case when reverses_entry_id is null then amount_fen >= 0 else amount_fen <= 0 end);--> statement-breakpoint
-- A reversal (冲销) takes its entry back: it counts −1 entry as well as its negative amount, in
-- the original's union, action plan and month (it repeats them), so a corrected entry and its
-- reversal add up to nothing and a replacement counts as the one entry there is.
CREATE OR REPLACE FUNCTION statistics_ledger_tallies(rows ledger_entries[], sign integer) RETURNS SETOF statistics_tally
LANGUAGE sql STABLE AS $$
  SELECT u.id, 'ledger', l.action_plan, sign * (CASE WHEN l.reverses_entry_id IS NULL THEN 1 ELSE -1 END), 0, 0, sign * l.amount_fen::bigint
  FROM unnest(rows) l CROSS JOIN LATERAL (SELECT id FROM unions u WHERE u.path = l.union_path) u
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION statistics_ledger_buckets(rows ledger_entries[], sign integer) RETURNS SETOF statistics_bucket
LANGUAGE sql STABLE AS $$
  SELECT u.id, 'ledger', l.action_plan, statistics_month(l.on), sign * (CASE WHEN l.reverses_entry_id IS NULL THEN 1 ELSE -1 END), sign * l.amount_fen::bigint
  FROM unnest(rows) l CROSS JOIN LATERAL (SELECT id FROM unions u WHERE u.path = l.union_path) u
$$;
