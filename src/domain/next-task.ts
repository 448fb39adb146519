/**
 * Runs `fn` in a new task: after the work queued so far (database callbacks, messages), without
 * the clamping of nested `setTimeout`s and outside whatever promise chain called it.
 */
export function nextTask(fn: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    fn();
  };
  channel.port2.postMessage(null);
}
