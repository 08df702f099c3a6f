import { DEFAULT_DICTIONARIES, type DictionaryName } from '@bangfu/domain';
import { useQuery } from '@tanstack/react-query';
import { useLocaleState, useResourceContext } from 'ra-core';
import { client } from '../api.js';
import { graphql } from '../generated/graphql/index.js';
import type { Language } from '../i18n/resource-messages.js';
import { model } from '../model.js';
import type { ResourceModel } from '../schema-model/types.js';

export function useLanguage(): Language {
  const [locale] = useLocaleState();
  return locale === 'en' ? 'en' : 'zh';
}

export function useResourceModel(): ResourceModel {
  const name = useResourceContext();
  const resource = name ? model.resources[name] : undefined;
  if (!resource) throw new Error(`No resource "${name}" in the schema model`);
  return resource;
}

export const DictionariesQuery = graphql(`
  query Dictionaries {
    dictionaries {
      name
      label
      labelEn
      editable
      entries {
        code
        label
        labelEn
        retired
      }
    }
  }
`);

/** Every dictionary, read once per session (the province edits them rarely). */
export function useDictionaries() {
  return useQuery({
    queryKey: ['bangfu', 'dictionaries'],
    queryFn: () => client(DictionariesQuery),
    staleTime: 10 * 60_000,
  });
}

export interface DictionaryEntryView {
  code: string;
  label: string;
  labelEn: string;
  retired: boolean;
}

/** The live entries of one dictionary; the domain's defaults until they arrive. */
export function useDictionary(name: DictionaryName | undefined): DictionaryEntryView[] {
  const { data } = useDictionaries();
  if (!name) return [];
  const live = data?.dictionaries.find((d) => d.name === name);
  if (live) return live.entries;
  return DEFAULT_DICTIONARIES[name].entries.map((e) => ({ ...e, retired: false }));
}
