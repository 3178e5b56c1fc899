// The fields README (“公开数据”) promises in /data/cases.json, pinned here once for the unit and the
// end-to-end tests. Public data changes only by adding: these lists may grow, never shrink.
export const documentedCaseFields = [
  'id',
  'url',
  'title',
  'kicker',
  'subtitle',
  'region',
  'city',
  'province',
  'year',
  'authors',
  'source',
  'measures',
  'figures',
];

export const documentedFigureFields = ['label', 'value', 'unit', 'text', 'passage'];
