CREATE TABLE "statistics_monthly" (
	"union_id" uuid,
	"dimension" text,
	"key" text,
	"month" date,
	"count" integer DEFAULT 0 NOT NULL,
	"amount_fen" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "statistics_monthly_pkey" PRIMARY KEY("union_id","dimension","key","month")
);
--> statement-breakpoint
CREATE TABLE "statistics_tallies" (
	"union_id" uuid,
	"dimension" text,
	"key" text,
	"total" integer DEFAULT 0 NOT NULL,
	"established" integer DEFAULT 0 NOT NULL,
	"exited" integer DEFAULT 0 NOT NULL,
	"amount_fen" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "statistics_tallies_pkey" PRIMARY KEY("union_id","dimension","key")
);
--> statement-breakpoint
CREATE TABLE "report_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"submission_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"note" text,
	"submitted_by" uuid NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"replaced_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "statistics_monthly_dimension_month" ON "statistics_monthly" ("dimension","month");--> statement-breakpoint
CREATE INDEX "report_revisions_submission" ON "report_revisions" ("submission_id","version");--> statement-breakpoint
ALTER TABLE "statistics_monthly" ADD CONSTRAINT "statistics_monthly_union_id_unions_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "statistics_tallies" ADD CONSTRAINT "statistics_tallies_union_id_unions_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "report_revisions" ADD CONSTRAINT "report_revisions_submission_id_report_submissions_id_fkey" FOREIGN KEY ("submission_id") REFERENCES "report_submissions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "report_revisions" ADD CONSTRAINT "report_revisions_submitted_by_users_id_fkey" FOREIGN KEY ("submitted_by") REFERENCES "users"("id");