export const MESSAGE_ID: RegExp;
export const TABLE_PATH: URL;
export function makeTable(ids: string[]): Record<string, string>;
export function shortId(id: string): string;
