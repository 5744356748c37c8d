export interface ParsedDate {
  /** `YYYY-MM-DDTHH:mm+07:00` when a time was found, `YYYY-MM-DD` otherwise. */
  iso: string;
  hasTime: boolean;
  /** UTF-16 offsets of the matched date expression in the input. */
  start: number;
  end: number;
}

// Placeholder until the date parser lands (issue 2).
export function parseVietnameseDate(_text: string): ParsedDate | null {
  throw new Error('parseVietnameseDate: not implemented yet');
}
