/** What a message catalogue can say: its strings, and its messages called with sample arguments. */
export function catalogueTexts(value: unknown, samples: readonly (readonly unknown[])[]): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    return samples.filter((args) => args.length === value.length).map((args) => String((value as (...a: unknown[]) => unknown)(...args)));
  }
  if (value && typeof value === 'object') {
    // `format` holds number formatters, not messages.
    return Object.entries(value).filter(([key]) => key !== 'format').flatMap(([, child]) => catalogueTexts(child, samples));
  }
  return [];
}

/** Sample arguments: Latin names (data) and numbers in every Arabic plural category. */
export const MESSAGE_SAMPLES: readonly (readonly unknown[])[] = [
  [0], [1], [2], [5], [11], [100], ['Sam Altman'], [3, 'Sam Altman'], [1, 2], [12, 40], [2, 5, 'DeepSeek'], ['DeepSeek', 'يؤيد', 'R1'], ['Why', 3],
];
