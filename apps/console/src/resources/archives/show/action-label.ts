import { WORKFLOW_TRANSITIONS } from '@bangfu/domain';
import { useTranslate } from 'ra-core';
import { useLanguage } from '../../../guessers/hooks.js';

/** A history entry's action in words: the workflow step's label, or the console's own. */
export function useActionLabel() {
  const translate = useTranslate();
  const lang = useLanguage();
  return (action: string) => {
    const transitions = WORKFLOW_TRANSITIONS as Record<string, { label: string; labelEn: string }>;
    const transition = transitions[action];
    if (transition) return lang === 'en' ? transition.labelEn : transition.label;
    return translate(`bangfu.archive.history.actions.${action}`, { _: action });
  };
}
