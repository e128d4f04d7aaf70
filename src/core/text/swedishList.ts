/** "a", "a och b", "a, b och c" (or with "eller": a question with choices). */
export function swedishList(items: string[], conjunction: 'och' | 'eller' = 'och'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
