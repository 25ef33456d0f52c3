// Search keys: lower case without accents or repeated spaces, so « Sucrerie Lesaffre » matches "sucrerie lesa".

export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
