import type { MessageKey } from './en';

/** Polish UI strings of exports; same keys as `enExports`. */
export const plExports = {
  'export.title': 'Eksport użytkowników',
  'export.intro':
    'Tworzy plik CSV z katalogiem: numer telefonu (Phone Number), nazwę (Name), sieć (Network), źródło (Source), datę utworzenia (Created) i wszystkie atrybuty. Plik powstaje w tle; gdy jego stan zmieni się na „Zakończono”, pobierzesz go z historii eksportu. Taki plik można bez zmian wczytać z powrotem przez „Importuj użytkowników”.',
  'export.scope': 'Kogo wyeksportować',
  'export.scope.all': 'Wszystkich (Pracownicy i Inni)',
  'export.scope.employee': 'Tylko Pracowników',
  'export.scope.others': 'Tylko Innych',
  'export.submit': 'Utwórz zlecenie',
  'export.history.title': 'Historia eksportu',
  'export.history.none':
    'Nie ma jeszcze żadnego eksportu. Wybierz Eksportuj użytkowników → Utwórz nowe zlecenie, aby zapisać katalog w pliku CSV.',
  'export.history.by': 'Eksportował(a)',
  'export.history.scope': 'Użytkownicy',
  'export.history.rows': 'Wiersze',
  'export.history.size': 'Rozmiar',
  'export.download': 'Pobierz',
  'export.sizeMb': '{size} MB',
  'export.sizeKb': '{size} KB',
  'export.job.progress': 'Zapisano {done} z {total} użytkowników',
  'export.job.rate': '{rate} użytkowników/s',
  'export.queued':
    'Zlecenie utworzone: plik jest zapisywany. Gdy będzie gotowy, pojawi się poniżej.',
} satisfies Partial<Record<MessageKey, string>>;
