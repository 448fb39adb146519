import type { MessageKey } from './en';

/** Polish UI strings of exports; same keys as `enExports`. */
export const plExports = {
  'export.title': 'Eksport użytkowników',
  'export.intro':
    'Zapisuje użytkowników katalogu w pliku CSV: numer telefonu (Phone Number), imię i nazwisko (Name), sieć (Network), źródło (Source), datę dodania (Created) i wszystkie atrybuty. Plik powstaje w tle; gdy jego stan zmieni się na „Zakończono”, pobierzesz go z historii eksportu. Gotowy plik można bez zmian zaimportować z powrotem przez „Importuj użytkowników”.',
  'export.scope': 'Użytkownicy do eksportu',
  'export.scope.all': 'Wszyscy (Pracownicy i Inni)',
  'export.scope.employee': 'Tylko Pracownicy',
  'export.scope.others': 'Tylko Inni',
  'export.submit': 'Utwórz zlecenie',
  'export.history.title': 'Historia eksportu',
  'export.history.none':
    'Nie ma jeszcze żadnego eksportu. Wybierz Eksportuj użytkowników → Utwórz nowe zlecenie, aby zapisać katalog w pliku CSV.',
  'export.history.by': 'Zlecone przez',
  'export.history.rows.one': '{count} wiersz',
  'export.history.rows.few': '{count} wiersze',
  'export.history.rows.many': '{count} wierszy',
  'export.history.rows.other': '{count} wiersza',
  'export.download': 'Pobierz',
  'export.job.progress': 'Odczytano {done} z {total} użytkowników',
  'export.job.rate': '{rate} użytkowników/s',
  'export.orgAdminsOnly':
    'Eksportować użytkowników mogą tylko administratorzy organizacji. Aby spróbować, działaj jako administrator organizacji (przełącznik u góry).',
} satisfies Partial<Record<MessageKey, string>>;
