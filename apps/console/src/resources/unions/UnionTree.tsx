import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import {
  Card,
  CardContent,
  CircularProgress,
  IconButton,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useListContext, usePermissions, useTranslate } from 'ra-core';
import { useState } from 'react';
import { client } from '../../api.js';
import { mayFilterByUnion } from '../../access.js';
import type { Permissions } from '../../data/auth-provider.js';
import { graphql } from '../../generated/graphql/index.js';
import { useLanguage } from '../../guessers/hooks.js';
import { enumValueLabels } from '../../i18n/domain-labels.js';
import { model } from '../../model.js';
import type { FilterModel, ResourceModel } from '../../schema-model/types.js';

/*
 * 工会组织树 beside a list: starts at the signed-in user's union, loads each union's children
 * only when opened (`union(id) { children }`), and filters the list by the chosen union through
 * whichever union argument the list has (`unionId`: the whole subtree; `parentId`: direct children).
 */

const UnionChildren = graphql(`
  query UnionChildren($id: ID!) {
    union(id: $id) {
      id
      name
      level
      children {
        id
        name
        level
      }
    }
  }
`);

/** The list's filter pointing at unions, preferring the subtree filter `unionId`. */
export function unionFilterOf(resource: ResourceModel): FilterModel | undefined {
  const candidates = resource.list.filters.filter(
    (f) => f.kind === 'reference' && f.reference === 'unions',
  );
  return candidates.find((f) => f.name === 'unionId') ?? candidates[0];
}

function useChildren(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['bangfu', 'union-children', id],
    queryFn: () => client(UnionChildren, { id }),
    enabled,
    staleTime: 60_000,
  });
}

function levelLabel(level: string, lang: 'zh' | 'en'): string {
  const levels = model.enums.UnionLevel ? enumValueLabels(model.enums.UnionLevel) : [];
  return levels.find((l) => l.value === level)?.label[lang] ?? level;
}

function UnionNode({
  id,
  name,
  level,
  depth,
  filter,
  initiallyOpen,
  permissions,
}: {
  id: string;
  name: string;
  level: string;
  depth: number;
  filter: FilterModel;
  initiallyOpen?: boolean;
  permissions: Permissions;
}) {
  const [open, setOpen] = useState(initiallyOpen ?? false);
  const translate = useTranslate();
  const lang = useLanguage();
  const { filterValues, setFilters } = useListContext();
  const { data, isPending } = useChildren(id, open);
  // Only unions the list may be filtered by (an analyst's tree stops at county level).
  const children = (data?.union?.children ?? []).filter((child) =>
    mayFilterByUnion(permissions, filter.name, child.level),
  );
  const selected = filterValues[filter.name] === id;
  return (
    <>
      <ListItem disablePadding sx={{ pl: depth * 1.5 }} data-union-id={id}>
        <IconButton
          size="small"
          aria-label={translate(open ? 'bangfu.tree.collapse' : 'bangfu.tree.expand')}
          aria-expanded={open}
          onClick={() => setOpen(!open)}
          disabled={level === 'GRASSROOTS'}
        >
          {open ? <ExpandMoreIcon fontSize="small" /> : <ChevronRightIcon fontSize="small" />}
        </IconButton>
        <ListItemButton
          dense
          selected={selected}
          title={translate('bangfu.tree.filter')}
          onClick={() => setFilters({ ...filterValues, [filter.name]: id }, undefined)}
        >
          <ListItemText primary={name} secondary={levelLabel(level, lang)} />
        </ListItemButton>
      </ListItem>
      {open && isPending && (
        <ListItem sx={{ pl: depth * 1.5 + 5 }}>
          <CircularProgress size={14} sx={{ mr: 1 }} />
          <Typography variant="caption">{translate('bangfu.tree.loading')}</Typography>
        </ListItem>
      )}
      {open && !isPending && children.length === 0 && (
        <ListItem sx={{ pl: depth * 1.5 + 5 }}>
          <Typography variant="caption" color="text.secondary">
            {translate('bangfu.tree.empty')}
          </Typography>
        </ListItem>
      )}
      {open &&
        children.map((child) => (
          <UnionNode
            key={child.id}
            id={child.id}
            name={child.name}
            level={child.level}
            depth={depth + 1}
            filter={filter}
            permissions={permissions}
          />
        ))}
    </>
  );
}

/** Beside the list (`aside`), or filling a drawer on a phone. */
export function UnionTree({ filter, inDrawer }: { filter: FilterModel; inDrawer?: boolean }) {
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  const { filterValues, setFilters } = useListContext();
  if (!permissions) return null;
  const { [filter.name]: chosen, ...others } = filterValues;
  return (
    <Card
      sx={
        inDrawer
          ? { mt: 1 }
          : { order: -1, mr: 2, mt: 8, width: 280, flexShrink: 0, alignSelf: 'flex-start' }
      }
      variant={inDrawer ? 'outlined' : 'elevation'}
      aria-label={translate('bangfu.tree.title')}
    >
      <CardContent sx={{ p: 1, '&:last-child': { pb: 1 } }}>
        <Typography variant="subtitle2" sx={{ px: 1 }}>
          {translate('bangfu.tree.title')}
        </Typography>
        <List dense disablePadding>
          <ListItem disablePadding>
            <ListItemButton
              dense
              selected={chosen === undefined}
              onClick={() => setFilters(others, undefined)}
            >
              <ListItemText primary={translate('bangfu.tree.all')} />
            </ListItemButton>
          </ListItem>
          <UnionNode
            id={permissions.unionId}
            name={permissions.unionName}
            level={permissions.unionLevel}
            depth={0}
            filter={filter}
            initiallyOpen
            permissions={permissions}
          />
        </List>
      </CardContent>
    </Card>
  );
}
