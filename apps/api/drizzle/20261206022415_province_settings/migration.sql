CREATE TABLE "province_settings" (
	"scope" text PRIMARY KEY DEFAULT 'PROVINCE',
	"notice_period_days" integer DEFAULT 7 NOT NULL,
	"set_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "province_settings_scope" CHECK (scope = 'PROVINCE'),
	CONSTRAINT "province_settings_notice_period" CHECK (notice_period_days between 1 and 30)
);
--> statement-breakpoint
ALTER TABLE "province_settings" ADD CONSTRAINT "province_settings_set_by_users_id_fkey" FOREIGN KEY ("set_by") REFERENCES "users"("id");