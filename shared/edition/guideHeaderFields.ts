/** What the header table of a printed guide needs to know about the guide. */
export interface GuideHeaderFacts {
  title: string;
  lessonType: string | null;
  /** 课时, e.g. 第1课时. */
  period: string | null;
  leadDrafter: string | null;
  reviewer: string | null;
  /** An ISO date or date-time; printed as YYYY-MM-DD. */
  reviewedAt: string | null;
  /** The class of a class copy (二次备课); a blank for everyone else. */
  className: string | null;
}

export interface HeaderField {
  /** Stable, for tests and styling. */
  key: 'lessonType' | 'period' | 'leadDrafter' | 'reviewer' | 'teachingDate' | 'className' | 'groupNumber' | 'studentName';
  label: string;
  /** null prints a blank line to fill in by hand. */
  value: string | null;
}

/**
 * The header table every printed guide starts with (domain.md: 课题, 课型, 课时, 主备, 审核,
 * 授课时间, and 班级 / 小组 / 姓名 for the student), as two rows of four label-value pairs
 * under the 课题 row. Both editions print the same fields; the print preview and the Word
 * export lay them out alike.
 */
export function guideHeaderRows(facts: GuideHeaderFacts): HeaderField[][] {
  const reviewer = facts.reviewer ? `${facts.reviewer}${facts.reviewedAt ? ` ${facts.reviewedAt.slice(0, 10)}` : ''}` : null;
  return [
    [
      { key: 'lessonType', label: '课型', value: facts.lessonType },
      { key: 'period', label: '课时', value: facts.period },
      { key: 'leadDrafter', label: '主备', value: facts.leadDrafter },
      { key: 'reviewer', label: '审核', value: reviewer },
    ],
    [
      { key: 'teachingDate', label: '授课时间', value: null },
      { key: 'className', label: '班级', value: facts.className },
      { key: 'groupNumber', label: '小组', value: null },
      { key: 'studentName', label: '姓名', value: null },
    ],
  ];
}
