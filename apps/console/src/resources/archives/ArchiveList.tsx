import { ARCHIVE_FIELDS, DETERMINATION_FIELDS, maskName } from '@bangfu/domain';
import { Box } from '@mui/material';
import { usePermissions, useTranslate } from 'ra-core';
import {
  CreateButton,
  Datagrid,
  FilterButton,
  List,
  Pagination,
  SimpleList,
  TopToolbar,
} from 'react-admin';
import { describeValue } from '../../archive-form/describe.js';
import { useVocabulary } from '../../archive-form/vocabulary.js';
import { can, mayFilterArchivesBy, maySortArchivesBy } from '../../access.js';
import type { Permissions } from '../../data/auth-provider.js';
import { isSortable } from '../../guessers/columns.js';
import { LocalDateField } from '../../guessers/fields.js';
import { useLanguage } from '../../guessers/hooks.js';
import { usePhone } from '../../guessers/use-phone.js';
import { resourceModel } from '../../model.js';
import { ListFilterDrawer } from '../generic/ListFilterDrawer.js';
import { renderField, renderInput } from '../generic/render.js';
import { UnionTree, unionFilterOf } from '../unions/UnionTree.js';
import { ArchiveFlagChips, ArchiveFlagsField, FLAGS } from './ArchiveFlags.js';
import { archiveListActions } from './extensions.js';

/*
 * 困难职工档案 list: the columns a union admin works from (职工编号, 姓名, 工会, 困难类别,
 * 主要致困原因, 状态, flags), every filter of ArchiveFilter (the union tree for the subtree), the
 * API's orderings (for analysts neither the search box nor sorting by name or number, which the
 * API refuses them), 50 to a page. Rows carry only these fields (`meta.fields`), so a page of 50 is
 * one light query. On a phone each archive is a line (masked name and number, then its state and
 * flags), and the filters and the union tree wait in a drawer.
 */

const COLUMNS = ['number', 'name', 'union', 'hardshipCategory', 'primaryCause', 'status'] as const;
const LIST_FIELDS = [...COLUMNS, ...FLAGS.map((f) => f.name), 'updatedAt'];
const ALWAYS_ON = new Set(['search', 'status']);
/** The determination's lists label the filters on them (“五类重点群体”, not the schema's wording). */
const FILTER_LABELS: Readonly<Record<string, { label: string; labelEn: string }>> = {
  keyGroup: DETERMINATION_FIELDS.keyGroups,
  measure: DETERMINATION_FIELDS.measures,
  actionPlan: DETERMINATION_FIELDS.actionPlans,
};

export default function ArchiveList() {
  const resource = resourceModel('archives');
  const lang = useLanguage();
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  const treeFilter = unionFilterOf(resource);
  const filters = resource.list.filters
    .filter((f) => f !== treeFilter && mayFilterArchivesBy(permissions, f.name))
    .map((f) => {
      const own = FILTER_LABELS[f.name];
      const label = own
        ? lang === 'en'
          ? own.labelEn
          : own.label
        : f.name === 'search'
          ? translate('bangfu.archive.list.search')
          : undefined;
      return renderInput(resource.name, f, {
        catalogue: ARCHIVE_FIELDS,
        filter: true,
        alwaysOn: ALWAYS_ON.has(f.name),
        ...(label ? { label } : {}),
      });
    })
    .filter((f) => f !== null);
  const columns = COLUMNS.map((name) => resource.fields.find((f) => f.name === name)!);
  const phone = usePhone();
  const words = useVocabulary();
  return (
    <List
      filters={phone ? undefined : filters}
      sort={{ field: 'updatedAt', order: 'DESC' }}
      perPage={50}
      pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
      exporter={false}
      // Import and export stay reachable when a union has no archive yet.
      empty={false}
      queryOptions={{ meta: { fields: LIST_FIELDS } }}
      aside={treeFilter && !phone ? <UnionTree filter={treeFilter} /> : undefined}
      actions={
        <TopToolbar sx={phone ? { flexWrap: 'wrap', justifyContent: 'flex-start' } : undefined}>
          {phone ? (
            <ListFilterDrawer filters={filters} treeFilter={treeFilter} />
          ) : (
            <FilterButton />
          )}
          {can(permissions, 'create', resource.name) && <CreateButton />}
          {archiveListActions.map((Action, i) => (
            <Action key={i} />
          ))}
        </TopToolbar>
      }
    >
      {phone ? (
        <SimpleList
          linkType="show"
          primaryText={(record) => maskName(String(record.name ?? ''))}
          tertiaryText={(record) => String(record.number ?? '')}
          secondaryText={(record) => (
            <Box component="span" sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, mt: 0.5 }}>
              <span data-testid="archive-line-status">
                {describeValue('status', record.status, words)}
              </span>
              <ArchiveFlagChips record={record} inline />
            </Box>
          )}
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          {columns.map((f) =>
            renderField(resource.name, f, {
              catalogue: ARCHIVE_FIELDS,
              sortable: isSortable(resource, f.name) && maySortArchivesBy(permissions, f.name),
            }),
          )}
          <ArchiveFlagsField label="bangfu.archive.flags.column" />
          <LocalDateField source="updatedAt" sortable />
        </Datagrid>
      )}
    </List>
  );
}
