/**
 * `1 file`, `2 files`, `0 files`: a count with its noun in the right number.
 * @example plural(1, 'warning') // '1 warning'
 */
export function plural(count: number, noun: string, many = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : many}`;
}
