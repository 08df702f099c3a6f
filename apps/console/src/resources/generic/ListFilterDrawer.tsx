import CloseIcon from '@mui/icons-material/Close';
import FilterListIcon from '@mui/icons-material/FilterList';
import { Box, Button, Drawer, IconButton, Stack, Typography } from '@mui/material';
import { FilterContext, useListContext, useTranslate } from 'ra-core';
import { useState, type ReactElement } from 'react';
import { FilterButton, FilterForm } from 'react-admin';
import type { FilterModel } from '../../schema-model/types.js';
import { UnionTree } from '../unions/UnionTree.js';

/*
 * A list's filters on a phone: one 筛选 button above the list opens a drawer holding the filter
 * inputs (react-admin's filter form, more of them through 添加筛选条件) and the union tree, which
 * on a wider screen sit above and beside the list.
 */

export function ListFilterDrawer({
  filters,
  treeFilter,
}: {
  filters: ReactElement[];
  treeFilter?: FilterModel;
}) {
  const translate = useTranslate();
  const { filterValues } = useListContext();
  const [open, setOpen] = useState(false);
  const active = Object.keys(filterValues).length;
  return (
    <>
      <Button size="small" startIcon={<FilterListIcon />} onClick={() => setOpen(true)}>
        {translate('bangfu.list.filters')}
        {active > 0 && ` (${active})`}
      </Button>
      <Drawer
        anchor="left"
        open={open}
        onClose={() => setOpen(false)}
        slotProps={{ paper: { sx: { width: 'min(360px, 90vw)', p: 1 } } }}
      >
        <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
          <Typography variant="h6" component="h2" sx={{ px: 1 }}>
            {translate('bangfu.list.filters')}
          </Typography>
          <IconButton aria-label={translate('ra.action.close')} onClick={() => setOpen(false)}>
            <CloseIcon />
          </IconButton>
        </Stack>
        <FilterContext.Provider value={filters}>
          <FilterButton />
          <Box sx={{ '& .RaFilterFormInput-spacer': { display: 'none' } }}>
            <FilterForm />
          </Box>
        </FilterContext.Provider>
        {treeFilter && <UnionTree filter={treeFilter} inDrawer />}
      </Drawer>
    </>
  );
}
