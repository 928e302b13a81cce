export interface Stat { median: number; min: number; max: number }
export interface Row {
  area: string;
  what: string;
  designer: Stat;
  bare?: Stat;
  ratio?: number;
  target: string;
  ok: boolean;
}

const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const stat = (s?: Stat) => (s ? `${fmt(s.median)} [${fmt(s.min)}–${fmt(s.max)}]` : '');

/** Prints the figures as a Markdown table (median [min–max]), ready to paste into docs/performance.md. */
export function printTable(rows: Row[]): void {
  const lines = [
    '| area | measure | Callflow Studio | bare React Flow | ratio | target | met |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.area} | ${r.what} | ${stat(r.designer)} | ${stat(r.bare)} | ${r.ratio === undefined ? '' : r.ratio.toFixed(2)} | ${r.target} | ${r.ok ? 'yes' : '**no**'} |`),
  ];
  console.log(lines.join('\n'));
}
