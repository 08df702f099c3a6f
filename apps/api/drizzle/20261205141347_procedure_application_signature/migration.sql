ALTER TABLE "archives" ADD COLUMN "application_on" date;--> statement-breakpoint
ALTER TABLE "archives" ADD COLUMN "application_channel" text;--> statement-breakpoint
ALTER TABLE "archives" ADD COLUMN "application_attachment_id" uuid;--> statement-breakpoint
ALTER TABLE "assistance_plans" ADD COLUMN "signature_witness" text;--> statement-breakpoint
ALTER TABLE "assistance_plans" ADD COLUMN "signed_plan_attachment_id" uuid;--> statement-breakpoint
-- 建档困难职工 and 解困脱困对象 are counted apart: an approval may determine 否 (archived and helped,
-- not a target). Each archived archive (established or exited) adds one to `target` under YES or
-- NO; everything else it contributes is as before.
CREATE OR REPLACE FUNCTION statistics_archive_tallies(rows archives[], sign integer) RETURNS SETOF statistics_tally
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
    UNION SELECT 'target', CASE WHEN t.is_target IS FALSE THEN 'NO' ELSE 'YES' END
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
SELECT statistics_rebuild();
