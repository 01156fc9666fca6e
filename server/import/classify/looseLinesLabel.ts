import type { ParsedBlockLabel } from '../../../shared/import/labelMapping.ts';

/** The label of the generic section that takes lines found before any label. */
export const looseLinesLabel: Pick<ParsedBlockLabel, 'kind' | 'title' | 'minutes' | 'mapped' | 'teacherOnly'> = {
  kind: 'section',
  title: '导入内容',
  minutes: null,
  mapped: false,
  teacherOnly: false,
};
