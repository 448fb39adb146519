import type { MessageKey } from './en';

/** Polish UI strings of the group-upload area; spread into `pl` (src/i18n/pl.ts). */
export const plGroupUpload = {
  'groupUpload.title': 'Zbiorcze dodawanie użytkowników do grup',
  'groupUpload.oneTitle': 'Import użytkowników do grupy {group}',
  'groupUpload.step.templates':
    'Pobierz szablony. Plik przypisania użytkowników do grup wymienia członków każdej grupy z typem Admin lub Member; opcjonalny plik przypisania grup nadrzędnych czyni jedne grupy podgrupami innych.',
  'groupUpload.step.templateOne':
    'Pobierz szablon: jeden wiersz na członka, z numerem telefonu i typem Admin lub Member.',
  'groupUpload.template.mapping': 'Szablon przypisania użytkowników do grup',
  'groupUpload.template.parents': 'Szablon przypisania grup nadrzędnych',
  'groupUpload.template.one': 'Pobierz szablon',
  'groupUpload.mappingFile': 'Plik przypisania użytkowników do grup',
  'groupUpload.parentFile': 'Plik przypisania grup nadrzędnych (opcjonalny)',
  'groupUpload.step.check':
    'Najpierw sprawdź pliki: każdy problem zostanie wymieniony z plikiem, wierszem i kolumną, a nic nie zostanie zapisane. Potem je prześlij.',
  'groupUpload.checkFirst': 'Sprawdź pliki, aby móc je przesłać.',
  'groupUpload.started':
    'Przesyłanie się rozpoczęło. Postęp i wynik zobaczysz tutaj oraz w historii przesłanych plików.',
  'groupUpload.fatal': 'Tych plików nie da się przesłać.',
  'groupUpload.inFile': '{file}: {message}',
  'groupUpload.summary':
    'Odczytane wiersze przypisań: {read}; wiersze grup nadrzędnych: {parentRead}. Przesłanie utworzyłoby grupy ({groupsCreated}), dodało członków ({membershipsAdded}), zmieniło role ({membershipsChanged}), zostawiło bez zmian ({membershipsUnchanged}), ustawiło grupy nadrzędne ({linksSet}) i dodało nowe numery do sieci „Inni” ({usersCreated}). Wiersze z błędami: {failed}.',
  'groupUpload.ignoredTitle': 'Pominięte wiersze grup nadrzędnych: {count}',
  'groupUpload.ignoredAbout':
    'Ich podgrupy nie ma w pliku przypisania użytkowników do grup, więc przesłanie je pominie.',
  'groupUpload.ignoredLine': '{file}, wiersz {row}, {column}: {value}',
  'groupUpload.log.file': 'Plik',

  'groupUpload.count.read': 'Wiersze przypisań',
  'groupUpload.count.parentRead': 'Wiersze grup nadrzędnych',
  'groupUpload.count.groupsCreated': 'Utworzone grupy',
  'groupUpload.count.membershipsAdded': 'Dodani członkowie',
  'groupUpload.count.membershipsChanged': 'Zmienione role',
  'groupUpload.count.membershipsUnchanged': 'Bez zmian',
  'groupUpload.count.linksSet': 'Ustawione grupy nadrzędne',
  'groupUpload.count.usersCreated': 'Nowi użytkownicy w sieci „Inni”',
  'groupUpload.count.failed': 'Wiersze z błędami',
  'groupUpload.count.ignored': 'Pominięte wiersze',

  'groupUpload.history.title': 'Historia przesłanych plików grup',
  'groupUpload.history.titleOne': 'Historia importu grupy {group}',
  'groupUpload.history.none': 'Nie przesłano jeszcze żadnych plików.',
  'groupUpload.history.result': 'Wynik',
  'groupUpload.history.into': 'Do grupy {group}',
  'groupUpload.history.openLog': 'szczegółowy dziennik',
  'groupUpload.downloadMapping': 'Pobierz plik przypisań',
  'groupUpload.downloadParent': 'Pobierz plik grup nadrzędnych',
  'groupUpload.job.progress': 'Zmiany: {done} z {total}',
  'groupUpload.job.rate': 'Zmiany na sekundę: {rate}',

  'groupUpload.log.title': 'Przesłanie z {date}',
  'groupUpload.log.files': 'Pliki',
  'groupUpload.log.started': 'Rozpoczęto',
  'groupUpload.log.finished': 'Zakończono',
  'groupUpload.log.none': 'Bez problemów: zastosowano każdy wiersz.',
  'groupUpload.log.more':
    'Pokazano pierwsze wiersze ({shown} z {count}); wszystkie znajdziesz w dzienniku błędów do pobrania.',
  'groupUpload.log.caption': 'Problemy według pliku, wiersza i kolumny',

  'groupUpload.export': 'Eksportuj istniejące grupy',
  'groupUpload.exporting': 'Eksportowanie…',
  'groupUpload.exported':
    'Wyeksportowano grupy ({groups}) z przypisaniami członków ({memberships}) i grupami nadrzędnymi ({links}).',
  'groupUpload.exportSkipped':
    'Pominięto grupy bez członków, bo plik przypisań wymienia tylko członków: {names}.',

  'template.groupOne.line1':
    'Szablon Kaizala Lab do importu użytkowników do jednej grupy. Jeden wiersz na członka: numer telefonu i typ użytkownika.',
  'template.groupOne.line2':
    'User Type to Admin lub Member. Kolumna Group Name jest opcjonalna; jeśli ją dodasz, musi zawierać nazwę grupy, do której importujesz.',

  'problem.group.upload.otherGroup':
    '{column}: „{value}” to nie jest grupa, do której importujesz ({group}). Zaimportuj ten wiersz ze strony tamtej grupy albo wpisz tu {group}.',
  'problem.group.upload.notInDirectory':
    '{column}: numeru {value} nie ma w katalogu. Do grupy prywatnej można dodać tylko osoby, które w nim są — najpierw dodaj tę osobę do katalogu albo sprawdź numer.',
  'problem.group.upload.parentNoRows':
    'Plik przypisania grup nadrzędnych ma nagłówek, ale nie ma wierszy, więc żadna grupa nadrzędna nie zostanie ustawiona. Dodaj po jednym wierszu na podgrupę albo nie dołączaj tego pliku.',
  'problem.group.upload.groupGone':
    'Grupa „{group}” już nie istnieje, więc niczego nie zaimportowano.',
  'problem.group.upload.cycleNow':
    'Hierarchia zmieniła się w trakcie przesyłania: ustawienie „{child}” jako podgrupy „{parent}” utworzyłoby teraz cykl ({chain}), więc ten wiersz nie został zastosowany. Sprawdź hierarchię na stronie Grupy; aby zachować to powiązanie, najpierw usuń to, które zamyka cykl, a potem prześlij ten wiersz ponownie.',
  'problem.group.upload.linkGone':
    'Grupę „{group}” zmieniono na prywatną lub usunięto w trakcie przesyłania, więc „{child}” nie została podgrupą „{parent}”: grupy nadrzędne mają tylko grupy organizacji. Przypisz ją do organizacji (albo utwórz ją ponownie), a potem prześlij ten wiersz ponownie.',
  'error.group.upload.parentForOneGroup':
    'Przy imporcie do jednej grupy nie można użyć pliku przypisania grup nadrzędnych. Grupy nadrzędne ustawisz przez zbiorcze dodawanie użytkowników na stronie Grupy.',
} satisfies Partial<Record<MessageKey, string>>;
