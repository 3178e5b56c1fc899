import type { MeasureRecord } from '../schemas/measure-record.ts';
import type { MeasureUsage } from './measure-index.ts';

/** What a record needs of a measure collection entry. */
export interface RecordedMeasure {
  id: string;
  data: {
    name: string;
    aliases: string[];
    synonyms: string[];
    narrower: string[];
    category: string;
    definition: string;
    related: string[];
  };
}

/** The public record of one measure (see `src/schemas/measure-record.ts`). */
export function toMeasureRecord(
  measure: RecordedMeasure,
  usage: MeasureUsage | undefined,
  categoryName: (id: string) => string,
): MeasureRecord {
  const { name, aliases, synonyms, narrower, category, definition, related } = measure.data;
  return {
    id: measure.id,
    name,
    aliases,
    synonyms,
    narrower,
    category: categoryName(category),
    definition,
    related,
    cases: (usage?.cases ?? []).map((practice) => ({
      id: practice.caseId,
      passages: practice.passages.map((passage) => passage.id),
    })),
  };
}
