import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Box,
  Chip,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useAuthenticated, useTranslate } from 'ra-core';
import { Title } from 'react-admin';
import { useDictionaries, useLanguage } from '../../guessers/hooks.js';
import { ProvinceSettingsPanel } from './ProvinceSettingsPanel.js';

/** 代码表: every dictionary and fixed list of the API, read-only for now, one panel each. */
export default function DictionaryList() {
  useAuthenticated();
  const translate = useTranslate();
  const lang = useLanguage();
  const { data, isPending, error } = useDictionaries();
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('bangfu.dictionaries.name')} />
      <ProvinceSettingsPanel />
      {isPending && <LinearProgress />}
      {error && <Typography color="error">{error.message}</Typography>}
      {data?.dictionaries.map((dictionary) => (
        <Accordion
          key={dictionary.name}
          disableGutters
          slotProps={{ transition: { unmountOnExit: true } }}
        >
          <AccordionSummary expandIcon={<ExpandMoreIcon />}>
            <Typography sx={{ flexGrow: 1 }}>
              {lang === 'en' ? dictionary.labelEn : dictionary.label}{' '}
              <Typography component="span" variant="body2" color="text.secondary">
                {dictionary.name}
              </Typography>
            </Typography>
            <Chip
              size="small"
              sx={{ mr: 1 }}
              label={translate(
                dictionary.editable ? 'bangfu.dictionaries.editable' : 'bangfu.dictionaries.fixed',
              )}
            />
            <Chip
              size="small"
              label={translate('bangfu.dictionaries.entries', {
                smart_count: dictionary.entries.length,
              })}
            />
          </AccordionSummary>
          <AccordionDetails>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('bangfu.dictionaries.code')}</TableCell>
                  <TableCell>{translate('bangfu.dictionaries.label')}</TableCell>
                  <TableCell>{translate('bangfu.dictionaries.labelEn')}</TableCell>
                  <TableCell>{translate('bangfu.dictionaries.retired')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {dictionary.entries.map((entry) => (
                  <TableRow key={entry.code}>
                    <TableCell>{entry.code}</TableCell>
                    <TableCell>{entry.label}</TableCell>
                    <TableCell>{entry.labelEn}</TableCell>
                    <TableCell>{entry.retired ? translate('ra.boolean.true') : ''}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </AccordionDetails>
        </Accordion>
      ))}
    </Box>
  );
}
