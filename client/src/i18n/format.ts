/**
 * Numbers and plurals for the catalogues, through Intl so each language counts by its own rules.
 * Both languages write Western digits (0–9): the locale for Arabic asks for them explicitly
 * (`-u-nu-latn`), because plain `ar` gives Arabic-Indic digits in some engines and not in others.
 * Why Western digits: see the header of ar.ts.
 */
export type Language = 'en' | 'ar';

export const LANGUAGES: readonly Language[] = ['en', 'ar'];

export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'ar';
}

const LOCALES: Record<Language, string> = { en: 'en', ar: 'ar-u-nu-latn' };

export function localeOf(lang: Language): string {
  return LOCALES[lang];
}

export interface Numbers {
  /** 1,234 */
  number(n: number): string;
  /** 12, 999, 1.2K / 1.2 ألف: short enough for a legend. */
  compact(n: number): string;
}

export function numbers(lang: Language): Numbers {
  const plain = new Intl.NumberFormat(LOCALES[lang]);
  const short = new Intl.NumberFormat(LOCALES[lang], { notation: 'compact', maximumFractionDigits: 1 });
  return {
    number: (n) => plain.format(n),
    compact: (n) => (n < 1000 ? plain.format(n) : short.format(n)),
  };
}

/** A word's forms by CLDR plural category; `other` is the one every language has. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export function plurals(lang: Language): (n: number, forms: PluralForms) => string {
  const rules = new Intl.PluralRules(LOCALES[lang]);
  return (n, forms) => forms[rules.select(n)] ?? forms.other;
}
