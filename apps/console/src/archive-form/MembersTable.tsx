import { MAX_MEMBERS, MEMBER_FIELDS } from '@bangfu/domain';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { Box, Button, IconButton, Stack, Tooltip, Typography } from '@mui/material';
import { useTranslate } from 'ra-core';
import { useFieldArray } from 'react-hook-form';
import { FieldInput } from './FieldInput.js';

/*
 * 家庭主要成员: one row per person with the seed form's eleven columns. The paper form prints
 * four rows; up to MAX_MEMBERS (20) can be added. Each row's ID number is checked as typed and
 * fills that row's birth date and sex.
 */

const COLUMNS = Object.values(MEMBER_FIELDS);

export function MembersTable() {
  const translate = useTranslate();
  const { fields, append, remove } = useFieldArray({ name: 'members' });
  return (
    <Stack spacing={1}>
      {fields.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('bangfu.archive.form.noMembers')}
        </Typography>
      )}
      {fields.map((row, i) => (
        <Box
          key={row.id}
          data-member-row={i}
          sx={{
            display: 'flex',
            gap: 1,
            alignItems: 'flex-start',
            borderBottom: 1,
            borderColor: 'divider',
            pb: 1,
          }}
        >
          <Typography sx={{ width: 24, pt: 2.5, flexShrink: 0 }} color="text.secondary">
            {i + 1}
          </Typography>
          <Box
            sx={{
              flex: 1,
              display: 'grid',
              gap: 1,
              gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))',
            }}
          >
            {COLUMNS.map((spec) => (
              <FieldInput
                key={spec.name}
                spec={spec}
                source={`members.${i}.${spec.name}`}
                prefix={`members.${i}.`}
                dense
              />
            ))}
          </Box>
          <Tooltip title={translate('bangfu.archive.form.removeMember')}>
            <IconButton
              aria-label={translate('bangfu.archive.form.removeMember')}
              onClick={() => remove(i)}
              sx={{ mt: 1 }}
            >
              <DeleteIcon />
            </IconButton>
          </Tooltip>
        </Box>
      ))}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button
          startIcon={<AddIcon />}
          onClick={() => append({ name: '', relation: null, sex: null })}
          disabled={fields.length >= MAX_MEMBERS}
        >
          {translate('bangfu.archive.form.addMember')}
        </Button>
        <Typography variant="caption" color="text.secondary">
          {translate('bangfu.archive.form.membersCount', {
            count: fields.length,
            max: MAX_MEMBERS,
          })}
        </Typography>
      </Stack>
    </Stack>
  );
}
