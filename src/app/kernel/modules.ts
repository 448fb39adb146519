/**
 * File-format and phone libraries are large, so they load only when a command needs them.
 * IndexedDB transactions must not await anything but the database, so `run()` loads them
 * before the transaction starts and commands read them synchronously.
 */
type PhoneIo = typeof import('../../io/phone');

let phone: PhoneIo | undefined;

export async function loadPhoneIo(): Promise<PhoneIo> {
  phone ??= await import('../../io/phone');
  return phone;
}

export function phoneIo(): PhoneIo {
  if (!phone) throw new Error('phone library used before loadPhoneIo()');
  return phone;
}
