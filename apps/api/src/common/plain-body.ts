// Turns a validated DTO instance into the plain JSON object the domain functions expect.
// Undefined fields disappear; `null` is kept for a patch (it removes a field) and dropped for a creation.

export function plainPatch(dto: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(dto)) as Record<string, unknown>;
}

export function plainCreate<T>(dto: object): T {
  const plain = plainPatch(dto);
  for (const [key, value] of Object.entries(plain)) if (value === null) delete plain[key];
  return plain as T;
}
