import type { CaseRecord } from '../schemas/case-record.ts';
import { csvListSeparator, encodeCsv } from './csv.ts';

/** One column of `/data/cases.csv`: the JSON field it shows, its Chinese header and how. */
export interface CaseCsvColumn {
  /** Field of `/data/cases.json` the column shows. */
  field: keyof CaseRecord;
  /** Header as written in the file. */
  title: string;
  /** What the cell holds, for the published CSV metadata. */
  description: string;
  /** Cells listing several values join them with {@link csvListSeparator}. */
  list?: true;
  datatype: 'string' | 'integer' | 'anyURI';
  cell: (record: CaseRecord) => string;
}

/** A key figure in one cell, e.g. `新建独立企业工会：84个`. */
export function figureCell({ label, value, unit }: CaseRecord['figures'][number]): string {
  return `${label}：${value}${unit}`;
}

const text = (field: keyof CaseRecord, title: string, description: string): CaseCsvColumn => ({
  field,
  title,
  description,
  datatype: 'string',
  cell: (record) => String(record[field] ?? ''),
});

/** Columns in file order. Like the JSON fields, columns are only ever added, at the end. */
export const caseCsvColumns: readonly CaseCsvColumn[] = [
  text('id', '编号', '案例的永久编号'),
  { ...text('url', '网址', '案例页的完整网址'), datatype: 'anyURI' },
  text('title', '标题', '主标题'),
  text('kicker', '引题', '引题；没有时为空'),
  text('subtitle', '副题', '副题；没有时为空'),
  text('region', '地区', '地区名称；地区不详时为空'),
  text('city', '城市', '所属城市；省级地区或地区不详时为空'),
  text('province', '省份', '所属省级行政区；地区不详时为空'),
  { ...text('year', '年份', '文中所报道事件的最晚年份'), datatype: 'integer' },
  { ...text('authors', '作者', '作者姓名'), list: true, cell: (record) => record.authors.join(csvListSeparator) },
  text('source', '原始文件', '原始文本文件名'),
  {
    ...text('measures', '改革举措', '改革举措 id'),
    list: true,
    cell: (record) => record.measures.join(csvListSeparator),
  },
  {
    ...text('figures', '关键数据', '关键数据，每项写作“指标：数值单位”；完整信息（原句、段落锚点）见 cases.json'),
    list: true,
    cell: (record) => record.figures.map(figureCell).join(csvListSeparator),
  },
];

/** The whole `/data/cases.csv` file. */
export function casesCsv(records: readonly CaseRecord[]): string {
  return encodeCsv(
    caseCsvColumns.map((column) => column.title),
    records.map((record) => caseCsvColumns.map((column) => column.cell(record))),
  );
}

/**
 * W3C "CSV on the Web" metadata for the file (`cases.csv-metadata.json`, the name CSVW tools
 * look for next to `cases.csv`): column headers, the JSON field each shows, list separators.
 */
export function casesCsvMetadata(csvUrl: string): Record<string, unknown> {
  return {
    '@context': ['http://www.w3.org/ns/csvw', { '@language': 'zh-CN' }],
    url: csvUrl,
    'dc:title': '工会改革案例库 · 案例数据（CSV）',
    'dc:description':
      '与 cases.json 内容相同，每行一个案例。UTF-8（带 BOM）编码，多个值用全角分号“；”分隔。列只增不减。',
    dialect: { encoding: 'utf-8', header: true, lineTerminators: ['\r\n'] },
    tableSchema: {
      columns: caseCsvColumns.map((column) => ({
        name: column.field,
        titles: column.title,
        'dc:description': column.description,
        datatype: column.datatype,
        required: ['id', 'url', 'title', 'year', 'source'].includes(column.field),
        ...(column.list ? { separator: csvListSeparator } : {}),
      })),
      primaryKey: 'id',
    },
  };
}
