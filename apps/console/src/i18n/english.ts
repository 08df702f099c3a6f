import type { TranslationMessages } from 'ra-core';
import englishMessages from 'ra-language-english';
import type { SchemaModel } from '../schema-model/types.js';
import { appMessages } from './app-messages.js';
import { merge } from './i18n-provider.js';
import { resourceMessages } from './resource-messages.js';

/** The English messages, loaded only when someone switches to English. */
export function englishTranslation(model: SchemaModel): TranslationMessages {
  return merge(
    englishMessages,
    { bangfu: appMessages.en },
    resourceMessages(model, 'en'),
  ) as TranslationMessages;
}
