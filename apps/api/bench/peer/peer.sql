-- The page for PostGraphile: a subtree as a range on union_path (what `like 'prefix%'` becomes for
-- a literal, written out so a prepared statement's generic plan keeps it), the two filters, newest
-- first. PostGraphile exposes it as Query.peerArchivesPage (a connection) and adds LIMIT itself.
create or replace function peer_archives_page(prefix text, s text, cause text) returns setof archives
language sql stable as $$
  select * from archives
  where union_path ~>=~ prefix and union_path ~<~ (prefix || '~') and status = s and primary_cause = cause
  order by updated_at desc, id desc
$$;

-- The summaries' internal functions and composite types are not for clients (their generated
-- names also collide with the tables'): hidden from PostGraphile with a smart comment.
do $$
declare f regprocedure;
begin
  for f in select p.oid::regprocedure from pg_proc p join pg_namespace n on n.oid = p.pronamespace
           where n.nspname = 'public' and p.proname like 'statistics\_%' loop
    execute format('comment on function %s is %L', f, '@behavior -*');
  end loop;
  comment on type statistics_tally is '@behavior -*';
  comment on type statistics_bucket is '@behavior -*';
end $$;
