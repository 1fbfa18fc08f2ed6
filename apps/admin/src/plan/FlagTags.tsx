import { dateFlagKindLabels, type DateFlag } from '@jamsessie/domain';

/** The flags of a date as tags with their Dutch names ("Tweede Paasdag", "Carnaval"). */
export function FlagTags({ flags }: { flags: readonly DateFlag[] }) {
  return (
    <>
      {flags.map((flag) => (
        <span
          key={`${flag.kind}-${flag.name}`}
          className={`tag ${flag.kind === 'carnival' ? 'tag--carnival' : 'tag--holiday'}`}
          title={dateFlagKindLabels[flag.kind]}
        >
          {flag.name}
        </span>
      ))}
    </>
  );
}
