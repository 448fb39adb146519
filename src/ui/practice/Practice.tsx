import { useEffect, useRef, useState } from 'preact/hooks';
import type { Session } from '../../app/kernel/client';
import { useLive } from '../hooks';
import { t } from '../i18n';
import { StatusBadge } from './StatusBadge';
import { ExerciseDetail } from './ExerciseDetail';
import { tx } from './texts';
import { IslandLoading } from '../kit/IslandLoading';

/** The exercise the address names (`/practice/#import-fix`), or the list. */
function useRoute(): string {
  const read = () => decodeURIComponent(window.location.hash.slice(1));
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onHash = () => setRoute(read());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return route;
}

/** The practice page: the list of exercises with this browser's progress, or one exercise. */
export function Practice(props: { session: Session }) {
  const list = useLive('practice-list');
  const route = useRoute();
  const listHeading = useRef<HTMLHeadingElement>(null);
  const wasExercise = useRef(false);
  // Back from an exercise, the reader lands on the list's heading, not at the page's top.
  const onList = !list?.some((e) => e.id === route);
  useEffect(() => {
    if (onList && wasExercise.current) listHeading.current?.focus();
    wasExercise.current = !onList;
  }, [onList, list !== undefined]);
  // Still the island's reserved box: the list replaces it without the page jumping.
  if (!list) return <IslandLoading island="practice" />;
  const current = list.find((e) => e.id === route);
  // Keyed: another exercise starts with nothing of the last one's Check or hints.
  if (current)
    return <ExerciseDetail key={current.id} exercise={current} session={props.session} />;
  const passed = list.filter((e) => e.progress?.status === 'passed').length;
  return (
    <div class="kl-practice">
      <p>{t('practice.intro')}</p>
      <h2 id="kl-practice-list" tabIndex={-1} ref={listHeading}>
        {t('practice.list')}
      </h2>
      <p class="kl-muted">{t('practice.progress.summary', { passed, total: list.length })}</p>
      <ol class="kl-practice-list" aria-labelledby="kl-practice-list">
        {list.map((e) => (
          <li key={e.id}>
            <a href={`#${e.id}`}>{tx(e.id, 'title', e.facts)}</a>
            <StatusBadge exercise={e} />
          </li>
        ))}
      </ol>
    </div>
  );
}
