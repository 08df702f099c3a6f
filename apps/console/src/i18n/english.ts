import type { TranslationMessages } from 'ra-core';
import englishMessages from 'ra-language-english';
import type { SchemaModel } from '../schema-model/types.js';
import { englishAppMessages } from './app-messages-en.js';
import { merge } from './i18n-provider.js';
import { resourceMessages } from './resource-messages.js';

/** The English messages, loaded only when someone switches to English. */
export function englishTranslation(model: SchemaModel): TranslationMessages {
  return merge(
    englishMessages,
    { bangfu: englishAppMessages },
    resourceMessages(model, 'en'),
  ) as TranslationMessages;
}
