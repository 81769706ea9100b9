/**
 * Which language the interface starts in, and remembering the reader's choice: the URL's `lang` wins
 * (a shared link opens as it was shared), else the language chosen last time on this browser, else
 * English. Storage may be unavailable (private modes, blocked cookies): then nothing is remembered.
 */
import { isLanguage, type Language } from '../i18n/i18n.js';
import { languageIn } from '../state/deep-link.js';

export const LANGUAGE_KEY = 'kg-explorer.lang';

export function startLanguage(search: string, storage: Pick<Storage, 'getItem'> | undefined): Language {
  const asked = languageIn(search);
  if (asked) return asked;
  try {
    const remembered = storage?.getItem(LANGUAGE_KEY);
    return isLanguage(remembered) ? remembered : 'en';
  } catch {
    return 'en';
  }
}

export function rememberLanguage(storage: Pick<Storage, 'setItem'> | undefined, lang: Language): void {
  try {
    storage?.setItem(LANGUAGE_KEY, lang);
  } catch {
    // Nothing to remember with: the URL still carries the choice.
  }
}
