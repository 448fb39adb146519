import { onUsersChanged } from '../../src/storage/users-changes';

/**
 * Runs `run` and gives its value with what each users notice sent meanwhile said: how many
 * phones it named and whether its writer said more would follow (`UsersChange.more`).
 */
export async function noticesDuring<T>(
  run: () => Promise<T>,
): Promise<{ value: T; notices: Array<[number, boolean]> }> {
  const notices: Array<[number, boolean]> = [];
  const stop = onUsersChanged((change) =>
    notices.push([change.phones.length, change.more ?? false]),
  );
  try {
    const value = await run();
    // BroadcastChannel delivers in a later task.
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { value, notices };
  } finally {
    stop();
  }
}
