export interface HeaderFact {
  /** Stable, for tests and styling (data-fact). */
  key: string;
  label: string;
  value: string;
}

/** The facts line under a document's title: 主备人 李芳 · 审核人 王磊 · … */
export function HeaderFacts({ facts }: { facts: HeaderFact[] }) {
  return (
    <dl className="guide-facts">
      {facts.map((fact) => (
        <div key={fact.key} className="guide-fact" data-fact={fact.key}>
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
