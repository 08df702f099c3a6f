DROP INDEX "archives_status_cause_recent";--> statement-breakpoint
CREATE INDEX "archives_status_cause_recent" ON "archives" ("status","primary_cause","updated_at" DESC,"id" DESC);--> statement-breakpoint
DROP INDEX "archives_recent";--> statement-breakpoint
CREATE INDEX "archives_recent" ON "archives" ("updated_at" DESC,"id" DESC);