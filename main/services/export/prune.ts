import type { z } from 'zod';

/**
 * Keeps only the fields a zod schema declares, at every depth: the case format's "unknown fields
 * survive a round trip" is right for a case file and wrong for a de-identified export, where an
 * unknown field may hold anything. Unions are resolved by trying each option.
 */
export function pruneToSchema(value: unknown, schema: z.ZodType): unknown {
  const def = (schema as unknown as { def: Record<string, unknown> & { type: string } }).def;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
    case 'catch':
      return value === undefined || value === null ? value : pruneToSchema(value, def.innerType as z.ZodType);
    case 'pipe':
      return pruneToSchema(value, def.in as z.ZodType);
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
      const shape = def.shape as Record<string, z.ZodType>;
      const out: Record<string, unknown> = {};
      for (const [key, fieldSchema] of Object.entries(shape)) {
        if (!(key in value)) continue;
        const pruned = pruneToSchema((value as Record<string, unknown>)[key], fieldSchema);
        if (pruned !== undefined) out[key] = pruned;
      }
      return out;
    }
    case 'array':
      return Array.isArray(value) ? value.map((item) => pruneToSchema(item, def.element as z.ZodType)).filter((item) => item !== undefined) : undefined;
    case 'tuple':
      return Array.isArray(value) ? value : undefined;
    case 'union': {
      const discriminator = def.discriminator as string | undefined;
      if (discriminator !== undefined && typeof value === 'object' && value !== null) {
        const tag = (value as Record<string, unknown>)[discriminator];
        const option = (def.options as z.ZodType[]).find((candidate) => literalValues(candidate, discriminator).includes(tag));
        return option ? pruneToSchema(value, option) : undefined;
      }
      for (const option of def.options as z.ZodType[]) {
        if (option.safeParse(value).success) return pruneToSchema(value, option);
      }
      return undefined;
    }
    case 'record':
      return typeof value === 'object' && value !== null ? value : undefined;
    default:
      return value;
  }
}

/** The values a discriminated-union option's discriminator field accepts. */
function literalValues(option: z.ZodType, key: string): unknown[] {
  const shape = (option as unknown as { def: { shape?: Record<string, { def: { values?: unknown[] } }> } }).def.shape;
  return shape?.[key]?.def.values ?? [];
}
