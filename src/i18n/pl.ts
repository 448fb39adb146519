import type { MessageKey } from './en';

/** Polish UI strings. A key missing here falls back to English. */
export const pl = {
  'common.loading': 'Wczytywanie…',
  'common.retry': 'Spróbuj ponownie',
  'common.close': 'Zamknij',
  'common.save': 'Zapisz',
  'common.cancel': 'Anuluj',
  'common.discard': 'Odrzuć',
  'common.remove': 'Usuń',
  'common.delete': 'Usuń',
  'common.yes': 'Tak',
  'common.no': 'Nie',
  'common.noValue': '(brak wartości)',
  'common.actions': 'Akcje',
  'table.scrollRegion': '{name} — przewiń w bok, aby zobaczyć wszystkie kolumny',

  'nav.label': 'Sekcje portalu',
  'nav.directory': 'Katalog',
  'nav.groups': 'Grupy',
  'nav.actions': 'Akcje',
  'nav.connectors': 'Łączniki',
  'nav.reports': 'Raporty',
  'chart.figures': 'Dane wykresu w tabeli',
  'nav.settings': 'Ustawienia',

  'onboarding.title': 'Skonfiguruj organizację w piaskownicy',
  'onboarding.intro':
    'Wszystko, co tu zrobisz, jest zapisywane wyłącznie w tej przeglądarce. Utwórz nową organizację, wczytaj gotową organizację demonstracyjną albo przywróć eksport dzierżawy.',
  'onboarding.new': 'Nowa organizacja',
  'onboarding.regionHint':
    'Numery telefonów wpisane bez znaku + są traktowane jako numery z tego kraju.',
  'onboarding.adminName': 'Twoje imię i nazwisko (pierwszy administrator organizacji)',
  'onboarding.adminPhone': 'Twój numer telefonu',
  'onboarding.create': 'Utwórz organizację',
  'onboarding.demo': 'Organizacja demonstracyjna',
  'onboarding.demoText':
    'Contoso Logistics: 320 użytkowników, atrybuty i trzypoziomowa hierarchia grup. Za każdym razem te same dane.',

  'actor.actingAs': 'Działasz jako',
  'actor.none': 'nikt',
  'actor.switch': 'Działaj jako inny użytkownik',
  'actor.search': 'Znajdź użytkownika po imieniu, nazwisku lub numerze',
  'actor.noResults': 'Brak pasujących użytkowników.',

  'role.orgAdmin': 'Administrator organizacji',
  'role.groupAdmin': 'Administrator grupy',
  'role.member': 'Członek',
  'role.admin': 'Administrator',

  'network.employee': 'Pracownicy',
  'network.others': 'Inni',

  'source.portal': 'Portal',
  'source.import': 'Import',
  'source.group-admin': 'Dodany przez administratora grupy',
  'source.directory-sync': 'Synchronizacja katalogu',
  'source.office365-sign-in': 'Logowanie do Office 365',

  'field.phone': 'Numer telefonu',
  'field.name': 'Imię i nazwisko',
  'field.orgName': 'Nazwa organizacji',
  'field.region': 'Kraj lub region',

  'column.phone': 'Numer telefonu',
  'column.name': 'Imię i nazwisko',
  'column.network': 'Sieć',
  'column.source': 'Źródło',
  'column.createdAt': 'Utworzono',
  'column.updatedAt': 'Zaktualizowano',
  'column.orgRole': 'Rola w organizacji',

  'directory.networks': 'Sieci',
  'directory.search': 'Wyszukaj użytkowników',
  'directory.searchPlaceholder': 'Imię, nazwisko lub numer telefonu',
  'directory.addUsers': 'Dodaj użytkowników',
  'directory.addUsersManual': 'Dodaj ręcznie…',
  'directory.more': 'Więcej',
  'directory.selectColumns': 'Wybierz kolumny',
  'directory.manageAttributes': 'Zarządzaj atrybutami',
  'directory.deletedUsers': 'Usunięci użytkownicy',
  'directory.importUsers': 'Importuj użytkowników…',
  'directory.importHistory': 'Pokaż historię importu',
  'directory.exportUsers': 'Eksportuj użytkowników',
  'directory.exportCreate': 'Utwórz nowe zlecenie…',
  'directory.exportHistory': 'Pokaż historię eksportu',
  'directory.back': 'Wróć do katalogu użytkowników',
  'directory.selectAll': 'Zaznacz wszystkich ({count})',
  'directory.selectFirst': 'Zaznacz pierwszych {max}',
  'directory.selectedFirst':
    'Zaznaczono pierwszych {max} z {count} użytkowników: naraz można usunąć najwyżej {max}.',
  'directory.count': 'Użytkownicy: {count}',
  'directory.countUpdating': 'Użytkownicy: {count} — aktualizujemy listę o najnowsze zmiany…',
  'directory.searchCount': 'Pasujący użytkownicy: {count}',
  'directory.searchCountUpdating':
    'Pasujący użytkownicy: {count} — aktualizujemy listę o najnowsze zmiany…',
  'directory.preparing':
    'Przygotowujemy pełną listę do sortowania i wyszukiwania — wczytano już użytkowników: {count}. W tym czasie widać pierwsze wiersze.',
  'directory.preparingNoRows':
    'Przygotowujemy listę — wczytano już użytkowników: {count}. Gdy laboratorium otwiera ten katalog po raz pierwszy, wczytuje wszystkich, zanim pokaże któregokolwiek.',
  'directory.listLabel': 'Użytkownicy w sieci „{network}”',
  'directory.scrollRegion': 'Lista użytkowników (przewijana)',
  'directory.empty': 'Nie ma tu jeszcze żadnych użytkowników.',
  'directory.noName': 'Brak imienia i nazwiska',
  'directory.incomplete': 'Niepełny profil',
  'directory.incompleteHint':
    'Niepełny profil — brak wartości atrybutów obowiązkowych: {attributes}. Otwórz użytkownika i wybierz Edytuj, aby je uzupełnić.',
  'directory.incompleteLegend':
    'Użytkownik bez wartości któregoś z atrybutów obowiązkowych ({attributes}). Otwórz go i wybierz Edytuj, aby ją uzupełnić.',
  'directory.select': 'Zaznacz: {name}',
  'directory.selectColumn': 'Zaznacz',
  'directory.selection': 'Zaznaczeni użytkownicy',
  'directory.selected': 'Zaznaczono: {count}',
  'directory.clearSelection': 'Wyczyść zaznaczenie',
  'directory.moveToOthers': 'Przenieś do sieci „Inni”',
  'directory.moveToEmployees': 'Przenieś do sieci „Pracownicy”',
  'directory.moved': 'Przeniesiono użytkowników do sieci „{network}”: {count}.',
  'directory.moveRefused': 'Nie przeniesiono użytkowników: {count}. Powód: {reason}',
  'directory.deleteSelected': 'Usuń ({count})',

  'add.title': 'Dodaj użytkowników do sieci „{network}”',
  'add.mode': 'Sposób dodawania',
  'add.mode.one': 'Jeden użytkownik',
  'add.mode.list': 'Lista numerów',
  'add.regionHint': 'Numery bez znaku + są traktowane jako numery z tego kraju.',
  'add.submitOne': 'Dodaj użytkownika',
  'add.submitList': 'Dodaj numery',
  'add.added': 'Dodano {phone}.',
  'add.list': 'Numery telefonów',
  'add.listHint': 'Oddziel numery przecinkami, np. 99885544, 99885543.',
  'add.summary': 'Dodano: {added}. Już w katalogu: {present}. Nie dodano: {invalid}.',
  'add.entry': 'Wpis',
  'add.result': 'Wynik',
  'add.outcome.added': 'Dodano jako {phone}',
  'add.outcome.present': 'Już jest w katalogu ({phone})',
  'add.outcome.invalid': 'Nie dodano',

  'attribute.hint.text': 'Dowolny tekst, maksymalnie 1000 znaków.',
  'attribute.hint.number': 'Liczba, np. 7.5 (część dziesiętną oddziel kropką).',
  'attribute.hint.yesno': 'Tak lub Nie.',
  'attribute.hint.datetime': 'Data, np. 2024-03-31 lub 31.03.2024, opcjonalnie z godziną.',
  'attribute.type.text': 'Tekst',
  'attribute.type.number': 'Liczba',
  'attribute.type.yesno': 'Tak/Nie',
  'attribute.type.datetime': 'Data/godzina',

  'attributes.title': 'Zarządzaj atrybutami',
  'attributes.readOnly':
    'Tylko administratorzy organizacji mogą zmieniać atrybuty. Ty możesz je przeglądać.',
  'attributes.name': 'Nazwa',
  'attributes.type': 'Typ',
  'attributes.flag.mandatory': 'Obowiązkowy',
  'attributes.flag.userEditable': 'Użytkownicy mogą edytować własną wartość',
  'attributes.flag.visibleToAll': 'Widoczny dla wszystkich użytkowników',
  'attributes.newAttribute': 'nowy atrybut',
  'attributes.newName': 'Nazwa nowego atrybutu {row}',
  'attributes.newRow': 'Nowy atrybut {row}',
  'attributes.none':
    'Nie ma jeszcze żadnych atrybutów. Dodaj atrybut z listy sugerowanych lub utwórz własny.',
  'attributes.addNew': 'Dodaj nowy',
  'attributes.choose': 'Wybierz…',
  'attributes.suggested': 'Sugerowane',
  'attributes.custom': 'Atrybut niestandardowy',
  'attributes.saved': 'Zapisane zmiany: {count}.',
  'attributes.nothingSaved': 'Niczego nie zapisano. Popraw poniższe błędy i zapisz ponownie:',
  'attributes.removeTitle': 'Usunąć atrybut „{name}”?',
  'attributes.removeText':
    'Atrybut „{name}” zostanie usunięty razem z wartościami wszystkich użytkowników. Tej operacji nie można cofnąć.',

  'suggested.employeeId': 'Identyfikator pracownika',
  'suggested.manager': 'Przełożony',
  'suggested.jobTitle': 'Stanowisko',
  'suggested.department': 'Dział',
  'suggested.email': 'Adres e-mail',
  'suggested.officeLocation': 'Lokalizacja biura',
  'suggested.dateOfJoining': 'Data zatrudnienia',

  'columns.title': 'Wybierz kolumny',
  'columns.hint':
    'Wybierz dodatkowe kolumny (maksymalnie {max}; wybrane: {count}). Twój wybór zostanie zapamiętany w tej przeglądarce.',

  'details.attributes': 'Atrybuty',
  'details.edit': 'Edytuj',
  'details.incomplete':
    'Niepełny profil — brak wartości atrybutów obowiązkowych: {attributes}. Aby je uzupełnić, edytuj użytkownika.',
  'details.groups': 'Grupy',
  'details.noGroups': 'Nie należy do żadnej grupy.',
  'details.group': 'Grupa',
  'details.role': 'Rola',
  'details.promote': 'Nadaj rolę administratora',
  'details.demote': 'Zmień na członka',
  'details.removeFromGroup': 'Usuń z grupy',
  'details.manage': 'Zarządzanie',
  'details.makeOrgAdmin': 'Nadaj rolę administratora organizacji',
  'details.revokeOrgAdmin': 'Odbierz rolę administratora organizacji',
  'details.audit': 'Historia zmian',
  'details.auditHidden':
    'Historię zmian tej osoby widzą tylko administratorzy organizacji i ona sama. Działaj jako administrator organizacji, aby ją zobaczyć.',

  'group.private': 'Prywatna',

  'delete.title': 'Usunąć wybranych użytkowników ({count})?',
  'delete.text':
    'Wybrani użytkownicy ({count}) opuszczą wszystkie grupy organizacji, a ich wiadomości, karty akcji i odpowiedzi w tych grupach zostaną ukryte. Ich grupy prywatne i to, co w nich napisali, pozostaną nietknięte. Możesz ich przywrócić w ciągu 30 dni; potem zostaną trwale usunięci.',
  'delete.done':
    'Usunięto użytkowników: {count}. Przez 30 dni możesz ich przywrócić w widoku „Usunięci użytkownicy”.',
  'delete.tooMany':
    'Maksymalna liczba użytkowników usuwanych naraz to {max}. Odznacz część z nich.',

  'deleted.title': 'Usunięci użytkownicy',
  'deleted.hint':
    'Usuniętych użytkowników można przywrócić, zanim minie okres przechowywania (liczba dni: {days}) liczony według symulowanego zegara. Potem są trwale usuwani.',
  'deleted.onlyOrgAdmins': 'Tylko administratorzy organizacji mogą przywracać użytkowników.',
  'deleted.none': 'Brak usuniętych użytkowników.',
  'deleted.deletedAt': 'Usunięto',
  'deleted.daysLeft': 'Czas na przywrócenie',
  'deleted.days': 'Pozostało dni: {days}',
  'deleted.restore': 'Przywróć',
  'deleted.restored':
    'Przywrócono: {name}. Użytkownik wrócił do sieci „{network}” razem ze swoimi grupami i tym, co w nich napisał.',

  'settings.organization': 'Organizacja',
  'settings.orgAdminsOnly':
    'Tylko administratorzy organizacji mogą zmieniać ustawienia organizacji.',
  'settings.saved': 'Zapisano.',
  'settings.language': 'Język',
  'settings.clock': 'Symulowana data',
  'settings.clockHint':
    'Laboratorium ma własny, symulowany zegar, dzięki któremu zobaczysz, jak upływają 30-dniowe terminy. Zegar można przesuwać tylko do przodu.',
  'settings.simulatedDate': 'Dzisiejsza data w piaskownicy',
  'settings.advance30': 'Przesuń o 30 dni',
  'settings.advanceTitle': 'Przesunąć zegar o 30 dni?',
  'settings.advanceText':
    'Data w piaskownicy zmieni się z {from} na {to}. Zegar przesuwa się tylko do przodu — tej zmiany nie można cofnąć.',
  'settings.advancePurges':
    'Do tego dnia skończy się czas na przywrócenie usuniętych użytkowników, więc zostaną trwale usunięci (liczba: {count}): {names}.',
  'settings.advanceNoPurge':
    'Do tego dnia nie skończy się czas na przywrócenie żadnego usuniętego użytkownika — nikt nie zostanie trwale usunięty.',
  'settings.advanced': 'Data w piaskownicy to teraz {date}.',
  'settings.purged': 'Trwale usunięto użytkowników (liczba: {count}): {names}.',
  'settings.purgedNone': 'Nikt nie został trwale usunięty.',
  'settings.sandbox': 'Piaskownica',
  'settings.loadDemo': 'Wczytaj organizację demonstracyjną',
  'settings.loadDemoConfirm': 'Zastąp organizacją demonstracyjną',
  'settings.loadDemoText':
    'Cała zawartość tej piaskownicy zostanie zastąpiona organizacją demonstracyjną Contoso Logistics.',
  'tenant.job.progress': 'Odczytane rekordy: {done} z {total}',
  'tenant.job.rate': '{rate} rekordów/s',
  'tenant.export.title': 'Eksportuj dane dzierżawy',
  'tenant.export.intro':
    'Jedno archiwum zip ze wszystkim, co ma organizacja: użytkownikami, atrybutami, grupami z członkami i hierarchią, łącznikami, akcjami, rozmowami, historiami i dziennikiem inspekcji — piętnaście plików CSV opisanych w datapackage.json. Grupy prywatne nie są danymi organizacji i nie trafiają do eksportu; sekretów łączników nigdy się nie eksportuje.',
  'tenant.export.create': 'Eksportuj dane dzierżawy',
  'tenant.export.history': 'Historia eksportu danych dzierżawy',
  'tenant.export.none':
    'Nie ma jeszcze eksportu danych dzierżawy. Przycisk Eksportuj dane dzierżawy tworzy go w tle.',
  'tenant.export.rows.one': '{count} rekord',
  'tenant.export.rows.few': '{count} rekordy',
  'tenant.export.rows.many': '{count} rekordów',
  'tenant.export.rows.other': '{count} rekordu',
  'tenant.export.by': 'Zlecone przez',
  'tenant.export.orgAdminsOnly':
    'Dane dzierżawy eksportują tylko administratorzy organizacji. Aby spróbować, działaj jako administrator organizacji (przełącznik u góry).',
  'tenant.export.download': 'Pobierz',
  'tenant.restore.resetFirst': 'Zresetuj piaskownicę, aby przywrócić…',
  'problem.tenant.export.changed':
    'Organizacja zmieniła się trzy razy w trakcie eksportu, więc nie dało się zapisać spójnego pakietu. Wyeksportuj dane ponownie, gdy nikt nie importuje ani nie usuwa użytkowników.',
  'tenant.restore.title': 'Przywróć z eksportu dzierżawy',
  'tenant.restore.intro':
    'Wybierz archiwum zip utworzone przez Eksportuj dane dzierżawy. Każdy plik jest sprawdzany, zanim cokolwiek zostanie zapisane; zmienione lub niepełne archiwum zostaje odrzucone, a piaskownica pozostaje bez zmian.',
  'tenant.restore.file': 'Eksport dzierżawy (zip)',
  'tenant.restore.submit': 'Sprawdź i przywróć',
  'tenant.restore.busy': 'Sprawdzanie wszystkich plików…',
  'tenant.restore.unchanged': 'Niczego nie przywrócono; piaskownica jest taka jak przedtem.',
  'tenant.restore.chooseFile': 'Najpierw wybierz plik zip.',
  'tenant.restore.notEmpty':
    'Eksport dzierżawy przywraca się do pustej piaskownicy. Najpierw zresetuj piaskownicę (to usunie organizację {organization}); przywracanie pojawi się wtedy na pierwszej stronie.',
  'settings.reset': 'Zresetuj piaskownicę',
  'settings.resetConfirm': 'Wymaż wszystko',
  'settings.resetText':
    'Wszystkie dane w piaskownicy tej przeglądarki — użytkownicy, atrybuty, grupy i zadania — zostaną wymazane. Zaczniesz od nowa.',
  'settings.storage': 'Miejsce na dane',
  'settings.storageUsed': 'Wykorzystano {used} z {quota} dostępnych dla tej witryny.',
  'settings.storageHint':
    'Piaskownica, pliki jej importów i eksportów oraz kopia witryny działająca offline — tylko w tej przeglądarce.',
  'settings.persisted': 'Przeglądarka zachowa te dane nawet wtedy, gdy zabraknie miejsca na dysku.',
  'settings.notPersisted': 'Przeglądarka może usunąć te dane, gdy zabraknie miejsca na dysku.',
  'settings.persist': 'Zachowaj dane na stałe',
  'settings.persistGranted':
    'Gotowe: przeglądarka zachowa te dane nawet wtedy, gdy zabraknie miejsca na dysku. Znikną dopiero wtedy, gdy zresetujesz piaskownicę albo usuniesz dane witryny.',
  'settings.persistRefused':
    'Przeglądarka na razie odmówiła, więc nadal może usunąć te dane, gdy zabraknie miejsca na dysku. Przeglądarki zgadzają się dla witryn często używanych, dodanych do zakładek lub zainstalowanych; do tego czasu zachowaj eksport danych dzierżawy (Raporty → Dane dzierżawy) jako swoją kopię.',
  'settings.storageUnknown': 'Ta przeglądarka nie podaje, ile miejsca jest wykorzystane.',

  'update.ready': 'Nowa wersja Kaizala Lab jest gotowa.',
  'update.reload': 'Odśwież',
  'update.later': 'Później',

  'roles.caption': 'Uprawnienia poszczególnych ról. Działasz jako {name}.',
  'roles.capability': 'Uprawnienie',
  'roles.yours': 'Twoja',
  'roles.you': 'Ty teraz',
  'capability.directory.users.manage': 'Dodawanie i usuwanie użytkowników katalogu',
  'capability.groups.see': 'Wyświetlanie grup',
  'capability.groups.hierarchy.see': 'Wyświetlanie hierarchii widocznych grup',
  'capability.group.users.manage': 'Dodawanie i usuwanie użytkowników grupy',
  'capability.catalog.see': 'Wyświetlanie łączników i Akcji',
  'capability.catalog.publish': 'Publikowanie łączników i Akcji oraz wycofywanie ich publikacji',
  'capability.reports.see': 'Wyświetlanie raportów',
  'capability.groups.map': 'Przypisywanie grup do organizacji',
  'capability.org.manage':
    'Zarządzanie atrybutami i sieciami, usuwanie i przywracanie użytkowników, eksport danych organizacji',
  'scope.all': 'Cała organizacja',
  'scope.admin-groups': 'Grupy, w których jest bezpośrednim administratorem',
  'scope.member-groups': 'Grupy, w których jest członkiem',
  'scope.none': 'Nie',

  'audit.user.add': 'Dodano do katalogu',
  'audit.user.edit': 'Edytowano profil',
  'audit.user.network': 'Przeniesiono do innej sieci',
  'audit.user.orgRole': 'Zmieniono rolę w organizacji',
  'audit.user.delete': 'Usunięto',
  'audit.user.restore': 'Przywrócono',
  'audit.user.purge': 'Trwale usunięto po 30 dniach',
  'audit.group.member.remove': 'Usunięto z grupy',
  'audit.group.member.role': 'Zmieniono rolę w grupie',

  'form.fixProblems': 'Niczego nie zapisano. Popraw następujące problemy ({count}):',

  'error.unexpected': 'Wystąpił nieoczekiwany błąd ({code}). Odśwież stronę i spróbuj ponownie.',
  'error.app.loadFailed':
    'Nie udało się wczytać części laboratorium: może nie ma połączenia z siecią albo opublikowano nową wersję strony. Sprawdź połączenie i naciśnij „Spróbuj ponownie” — strona wczyta się ponownie w tym samym miejscu, a piaskownica zostanie bez zmian.',
  'error.app.workerFailed':
    'Proces działający w tle tej strony zatrzymał się ({worker}). Nic nie zginęło: naciśnij „Spróbuj ponownie”, aby go uruchomić, albo odśwież stronę.',
  'error.app.workerStopped':
    'Praca w tle tej strony została zatrzymana. Naciśnij „Spróbuj ponownie”, aby ją wznowić.',
  'error.export.scope':
    'Wybierz, co wyeksportować: wszystkich użytkowników, Pracowników albo Innych („{scope}” do nich nie należy).',
  'error.permission.denied':
    'Działasz jako użytkownik, który nie ma do tego uprawnień. Przełącz się na administratora organizacji za pomocą opcji „Działasz jako” i spróbuj ponownie.',
  'error.org.missing':
    'Nie ma jeszcze organizacji. Najpierw utwórz organizację lub wczytaj organizację demonstracyjną.',
  'error.org.exists':
    'Ta piaskownica ma już organizację. Aby zacząć od nowa, zresetuj piaskownicę w Ustawieniach.',
  'error.org.region.invalid': 'Wybierz kraj lub region z listy.',
  'error.clock.days': 'Zegar można przesunąć do przodu o liczbę dni od 1 do {max}.',
  'error.list.empty': 'Wpisz co najmniej jeden numer telefonu. Kolejne numery oddziel przecinkami.',
  'error.user.notFound':
    'W katalogu nie ma użytkownika o numerze {phone}. Mógł zostać usunięty w innej karcie.',
  'error.orgAdmin.last':
    'To jedyny administrator organizacji. Najpierw nadaj tę rolę innemu użytkownikowi.',
  'error.orgAdmin.lastDelete':
    'Nie można usunąć ostatniego administratora organizacji. Najpierw nadaj tę rolę innemu użytkownikowi.',
  'error.delete.onlyGroupAdmin':
    '{name} ({phone}) jest jedynym administratorem w tych grupach organizacji: {groups}. Najpierw nadaj rolę administratora innemu członkowi w każdej z nich (grupa → Użytkownicy → Nadaj rolę administratora), a potem usuń użytkownika.',
  'error.delete.none': 'Zaznacz co najmniej jednego użytkownika do usunięcia.',
  'error.delete.tooMany': 'Zaznaczono użytkowników: {count}, a naraz można usunąć najwyżej {max}.',
  'error.delete.self':
    'Nie możesz usunąć użytkownika, jako który działasz. Najpierw przełącz się na innego administratora organizacji.',
  'error.restore.notDeleted': '{phone} nie jest usuniętym użytkownikiem.',
  'error.restore.expired':
    'Minął okres na przywrócenie użytkownika {phone} (liczba dni: {days}). Użytkownik jest właśnie trwale usuwany.',
  'error.attribute.notFound': 'Ten atrybut już nie istnieje. Mógł zostać usunięty w innej karcie.',
  'error.columns.tooMany': 'Maksymalna liczba dodatkowych kolumn to {max}.',
  'error.group.notFound': 'Ta grupa już nie istnieje.',
  'error.group.parent.private':
    'Grupy prywatne nie należą do hierarchii organizacji. Najpierw przypisz grupę do organizacji.',
  'error.membership.notFound': '{phone} nie jest już członkiem grupy „{group}”.',
  'error.group.lastAdmin':
    'Grupa „{group}” musi mieć co najmniej jednego administratora. Najpierw nadaj tę rolę innemu członkowi.',
  'error.network.same': 'Ten użytkownik już jest w tej sieci.',
  'error.network.syncedStaysEmployee':
    'Użytkownicy pochodzący z synchronizacji katalogu lub z logowania do Office 365 muszą pozostać w sieci „Pracownicy”.',

  'import.title': 'Import użytkowników do sieci „{network}”',
  'import.step.template':
    'Pobierz szablon. Ma kolumnę dla każdego atrybutu, a kolumny obowiązkowe są oznaczone gwiazdką (*).',
  'import.downloadTemplate': 'Pobierz szablon',
  'import.selectFile': 'Wybierz plik',
  'import.limits':
    'Plik CSV w kodowaniu UTF-8, UTF-16 lub Windows-1250/1252, z wartościami rozdzielonymi przecinkami, średnikami lub tabulatorami. Maksymalnie 200 MB i 1 000 000 wierszy.',
  'import.step.check':
    'Najpierw sprawdź plik — zobaczysz wszystkie problemy, a nic nie zostanie zapisane. Potem go prześlij.',
  'import.check': 'Sprawdź',
  'import.upload': 'Prześlij',
  'import.check.scanning': 'Odczytywanie pliku… {percent}%',
  'import.check.checking': 'Sprawdzanie wierszy… {rows}',
  'import.check.fatal': 'Tego pliku nie da się zaimportować.',
  'import.check.summary':
    'Odczytane wiersze: {read}. Wynik przesłania — nowi użytkownicy: {created}, zaktualizowani: {updated}, bez zmian: {unchanged}, wiersze z błędami: {failed}.',
  'import.check.warnings': 'Ostrzeżenia (te wiersze i tak zostaną zaimportowane): {count}.',
  'import.check.problems': 'Znalezione problemy: {count}.',
  'import.check.problemsFirst':
    'Widać pierwsze problemy ({shown} z {count}); wszystkie są w dzienniku błędów.',
  'import.check.tableCaption': 'Problemy w pliku według wiersza i kolumny',
  'import.downloadErrorLog': 'Pobierz dziennik błędów',
  'import.downloadOriginal': 'Pobierz',
  'import.log.row': 'Wiersz',
  'import.log.column': 'Kolumna',
  'import.log.value': 'Wartość',
  'import.log.error': 'Błąd',
  'import.log.warning': 'Ostrzeżenie: {message}',
  'job.seconds': '{n} s',
  'job.minutes': '{n} min',
  'job.scanning': 'Odczytywanie pliku… {percent}%',
  'import.job.progress': 'Wiersze: {done} z {total}',
  'import.job.rate': 'Wiersze na sekundę: {rate}',
  'job.left': 'Pozostało: {time}',
  'job.waiting': 'Czeka na rozpoczęcie…',
  'job.cancelling': 'Anulowanie…',
  'job.status.queued': 'W kolejce',
  'job.status.processing': 'Przetwarzanie',
  'job.status.completed': 'Zakończono',
  'job.status.completedWithErrors': 'Zakończono z błędami',
  'job.status.failed': 'Niepowodzenie',
  'job.status.cancelled': 'Anulowano',
  'import.history.orgAdminsOnly':
    'Importy widzą tylko administratorzy organizacji: ich pliki i dzienniki błędów zawierają cały katalog. Aby je zobaczyć, działaj jako administrator organizacji (przełącznik u góry).',
  'import.history.title': 'Historia importu użytkowników',
  'job.history.refresh': 'Odśwież',
  'import.history.none':
    'Nie ma jeszcze żadnych importów. Aby przesłać plik, wybierz Dodaj użytkowników → Importuj użytkowników.',
  'job.history.file': 'Nazwa pliku',
  'import.history.by': 'Przesłane przez',
  'job.history.date': 'Data',
  'job.history.status': 'Stan',
  'job.history.files': 'Pliki',
  'import.count.read': 'Odczytano',
  'import.count.created': 'Utworzono',
  'import.count.updated': 'Zaktualizowano',
  'import.count.unchanged': 'Bez zmian',
  'import.count.failed': 'Z błędami',

  'template.users.line1':
    'Szablon importu użytkowników Kaizala Lab (sieć „{network}”). Wiersze zaczynające się od # to instrukcje — importer je pomija.',
  'template.users.line2':
    'Jeden użytkownik w wierszu. Phone Number jest wymagany: wpisz numer z + i kodem kraju albo jako numer z regionu organizacji.',
  'template.users.line3':
    'Kolumny oznaczone * muszą mieć wartość u nowych użytkowników. Pusta komórka zachowuje wartość, która jest już zapisana.',
  'template.users.mandatory': 'Atrybuty obowiązkowe: {columns}.',
  'template.common.text':
    'W arkuszu kalkulacyjnym ustaw dla kolumny z numerami telefonów format tekstowy, zanim zaczniesz je wpisywać — wtedy numery zachowają + i zera na początku.',
  'template.groups.line1':
    'Szablon przypisania użytkowników do grup Kaizala Lab. Jeden wiersz na członka: nazwa grupy, numer telefonu i typ użytkownika.',
  'template.groups.line2': 'User Type to Admin lub Member. Brakujące grupy zostaną utworzone.',
  'template.parents.line1':
    'Szablon przypisania grup nadrzędnych Kaizala Lab. Jeden wiersz na podgrupę: najpierw nazwa grupy nadrzędnej, potem nazwa grupy podrzędnej.',

  'error.job.fileGone':
    'Tego pliku nie ma już przy zadaniu (może zresetowano piaskownicę). Odśwież historię.',
  'error.job.notFound': 'To zadanie już nie istnieje (może zresetowano piaskownicę).',
  'error.job.notRunning': 'To zadanie już się zakończyło, więc nie ma czego anulować.',

  'error.tenant.empty':
    'Plik {file} jest pusty. Wybierz archiwum zip utworzone przez Raporty → Dane dzierżawy → Eksportuj dane dzierżawy.',
  'error.tenant.notZip':
    '{file} nie jest archiwum zip. Wybierz plik utworzony przez Raporty → Dane dzierżawy → Eksportuj dane dzierżawy (kaizala-tenant-….zip).',
  'error.tenant.zipBomb':
    'Archiwum deklaruje {size} MB danych po rozpakowaniu (przy pliku {file}), więcej niż {limit} MB, które może mieć eksport dzierżawy, więc go nie rozpakowano. Użyj archiwum w postaci, w jakiej zostało wyeksportowane.',
  'error.tenant.noDescriptor':
    'W archiwum brakuje pliku datapackage.json w katalogu głównym, więc to nie jest eksport dzierżawy. Wybierz plik zip z eksportu, a nie ponownie spakowany folder.',
  'error.tenant.descriptorJson':
    'datapackage.json nie jest poprawnym plikiem JSON. Użyj archiwum w postaci z eksportu i nie poprawiaj deskryptora ręcznie.',
  'error.tenant.noOrgAdmin':
    'Plik {file} nie zawiera żadnego administratora organizacji, więc nikt nie mógłby zarządzać przywróconą organizacją. Użyj archiwum w postaci z eksportu.',
  'error.tenant.value.pattern':
    '{file}, wiersz {line}, kolumna „{column}”: „{value}” nie ma postaci wymaganej przez schemat (numer telefonu jak +48601234567, data jak 2024-03-01).',
  'error.tenant.descriptorShape':
    'W datapackage.json brakuje poprawnej właściwości „{property}”, więc nie opisuje on eksportu dzierżawy Kaizala Lab. Użyj archiwum w postaci z eksportu.',
  'error.tenant.version':
    'Ten pakiet ma format w wersji {version}, a to laboratorium czyta wersję {supported}. Wyeksportuj dane ponownie z laboratorium w tej wersji.',
  'error.tenant.resourceShape':
    'datapackage.json opisuje plik {file} bez ścieżki zgodnej z nazwą, rozmiaru, liczby wierszy, skrótu SHA-256 lub schematu. Użyj archiwum w postaci z eksportu.',
  'error.tenant.resourceMissing':
    'datapackage.json nie wymienia pliku {file}, który zawiera każdy eksport dzierżawy. Użyj całego archiwum z eksportu.',
  'error.tenant.resourceUnknown':
    'datapackage.json wymienia plik {file}, który nie należy do eksportu dzierżawy. Usuń go z deskryptora i z archiwum albo użyj archiwum w postaci z eksportu.',
  'error.tenant.fileMissing':
    'Plik {file} jest wymieniony w datapackage.json, ale nie ma go w archiwum. Użyj całego archiwum z eksportu.',
  'error.tenant.fileExtra':
    'Plik {file} jest w archiwum, ale datapackage.json go nie wymienia. Usuń go albo użyj archiwum w postaci z eksportu.',
  'error.tenant.bytes':
    'Plik {file} ma {actual} B, a datapackage.json podaje {expected} B: plik zmieniono po eksporcie. Użyj archiwum w postaci z eksportu.',
  'error.tenant.hash':
    'Plik {file} nie zgadza się ze skrótem SHA-256 z datapackage.json: zmieniono go po eksporcie. Użyj archiwum w postaci z eksportu.',
  'error.tenant.schema':
    'Schemat pliku {file} w datapackage.json różni się od tego, który zapisuje to laboratorium (w kolumnie „{column}”). Użyj archiwum w postaci z eksportu.',
  'error.tenant.encoding':
    'Plik {file} nie jest tekstem UTF-8. Zapisz go w UTF-8 albo użyj archiwum w postaci z eksportu.',
  'error.tenant.header':
    'Nagłówek pliku {file} nie zgadza się ze schematem: kolumna {position} to „{actual}”, a schemat podaje „{expected}”.',
  'error.tenant.fields':
    '{file}, wiersz {line}: pól jest {actual}, a nagłówek ma ich {expected}. Sprawdź cudzysłowy i przecinki w tym wierszu.',
  'error.tenant.rows':
    'Plik {file} ma {actual} wierszy danych, a datapackage.json podaje {expected}. Użyj archiwum w postaci z eksportu.',
  'error.tenant.value.required':
    '{file}, wiersz {line}: kolumna „{column}” jest pusta, a musi mieć wartość.',
  'error.tenant.value.boolean':
    '{file}, wiersz {line}, kolumna „{column}”: „{value}” to nie Yes ani No.',
  'error.tenant.value.integer':
    '{file}, wiersz {line}, kolumna „{column}”: „{value}” nie jest liczbą całkowitą.',
  'error.tenant.value.number':
    '{file}, wiersz {line}, kolumna „{column}”: „{value}” nie jest liczbą.',
  'error.tenant.value.datetime':
    '{file}, wiersz {line}, kolumna „{column}”: „{value}” nie jest datą z godziną w postaci 2026-03-01T10:00:00.000Z.',
  'error.tenant.value.object':
    '{file}, wiersz {line}, kolumna „{column}”: „{value}” nie jest obiektem JSON.',
  'error.tenant.value.array':
    '{file}, wiersz {line}, kolumna „{column}”: „{value}” nie jest listą JSON.',
  'error.tenant.value.enum':
    '{file}, wiersz {line}, kolumna „{column}”: schemat nie dopuszcza wartości „{value}”.',
  'error.tenant.duplicateKey':
    '{file}, wiersz {line}: {column} „{value}” występuje więcej niż raz.',
  'error.tenant.reaction.who':
    '{file}, wiersz {line}: polubienie {value} nie wskazuje nikogo z users.csv ani deleted-users.csv. Usuń je albo wyeksportuj pakiet jeszcze raz.',
  'error.tenant.reaction.when':
    '{file}, wiersz {line}: polubienie {value} nie ma czasu (at, w milisekundach). Usuń je albo wyeksportuj pakiet jeszcze raz.',
  'error.tenant.reaction.twice':
    '{file}, wiersz {line}: polubienie {value} występuje dwa razy, a jedna osoba może polubić wiadomość tylko raz. Usuń jedno z nich.',
  'error.tenant.deletedTwice':
    '{file}, wiersz {line}: {value} jest też w users.csv. Użytkownik jest w katalogu albo usunięty, nie jedno i drugie.',
  'error.tenant.foreignKey':
    '{file}, wiersz {line}: {column} „{value}” nie występuje w {target}. Każde powiązanie musi wskazywać istniejący wiersz.',
  'error.tenant.cycle':
    '{file}: powiązania z grupami nadrzędnymi tworzą pętlę przez grupę „{value}”. Grupa nie może być własnym przodkiem.',
  'error.tenant.organizationRows':
    'Plik {file} musi zawierać dokładnie jedną organizację, a zawiera {actual}.',
  'error.tenant.notEmpty':
    'Piaskownica zawiera organizację „{organization}”. Eksport dzierżawy przywraca się do pustej piaskownicy: najpierw ją zresetuj.',

  'problem.unknown': 'Nierozpoznany problem ({code}).',
  'problem.phone.empty': '{column}: brak numeru. Wpisz numer telefonu.',
  'problem.phone.scientific':
    '{column}: „{value}” wygląda na liczbę, którą arkusz kalkulacyjny zamienił na zapis wykładniczy, przez co zginęły cyfry. Ustaw dla kolumny format „Tekstowe” i wpisz numer ponownie.',
  'problem.phone.letters':
    '{column}: „{value}” zawiera litery. Wpisz same cyfry, opcjonalnie ze znakiem + i kodem kraju.',
  'problem.phone.symbols':
    '{column}: „{value}” zawiera znak „{symbol}”, który nie należy do numeru telefonu. Użyj cyfr, spacji i opcjonalnie znaku + z numerem kierunkowym kraju.',
  'problem.phone.region':
    '{column}: laboratorium nie zna kodu kraju „{region}”. Wybierz kraj z listy.',
  'problem.phone.lostPlus':
    '{column}: „{value}” nie jest prawidłowym numerem dla kraju {region}, ale {suggestion} już tak. Jeśli to numer zagraniczny, wpisz go ze znakiem +.',
  'problem.phone.tooShort':
    '{column}: „{value}” jest za krótki jak na numer dla kraju {region}. Sprawdź, czy nie brakuje cyfr.',
  'problem.phone.tooLong':
    '{column}: „{value}” jest za długi jak na numer dla kraju {region}. Sprawdź, czy nie ma nadmiarowych cyfr.',
  'problem.phone.invalidIntl':
    '{column}: „{value}” nie jest prawidłowym numerem międzynarodowym. Sprawdź kod kraju i cyfry.',
  'problem.phone.invalid':
    '{column}: „{value}” nie jest prawidłowym numerem dla kraju {region}. Jeśli to numer z innego kraju, wpisz go ze znakiem + i kodem kraju.',
  'problem.user.exists':
    '{column}: {value} już jest w katalogu. Aby go edytować, otwórz go z listy.',
  'problem.user.existsDeleted':
    '{column}: {value} należy do usuniętego użytkownika. Zamiast dodawać go ponownie, przywróć go w widoku „Usunięci użytkownicy”.',
  'problem.list.duplicate':
    '{column}: „{value}” to ten sam numer co we wpisie {entry}; liczy się tylko tamten wpis.',
  'problem.list.mandatoryAttributes':
    'Każdy nowy użytkownik musi mieć wartości atrybutów obowiązkowych ({attributes}). Dodaj tę osobę za pomocą formularza dla jednego użytkownika.',
  'problem.name.tooLong':
    '{column}: tekst jest za długi (liczba znaków: {length}, dozwolone maksimum: {max}). Skróć go.',
  'problem.name.markup':
    '{column}: nie może zawierać znaków < ani >. Usuń je — imię i nazwisko to zwykły tekst.',
  'problem.name.control':
    '{column}: zawiera znaki sterujące, np. podziały wierszy. Wpisz całość w jednym wierszu.',
  'problem.name.required': '{column}: wpisz swoje imię i nazwisko.',
  'problem.name.formula':
    '{column}: „{value}” zaczyna się od =, +, - lub @, a arkusz kalkulacyjny potraktowałby to jako formułę. Usuń ten pierwszy znak — imię i nazwisko to zwykły tekst.',
  'problem.group.name.empty': 'Wpisz nazwę grupy.',
  'problem.group.name.tooLong':
    '{column}: nazwa ma {length} znaków, a nazwa grupy może mieć najwyżej {max}. Skróć ją.',
  'problem.group.name.markup':
    '{column}: „{value}” zawiera znak < lub >, którego nazwa grupy nie może zawierać. Usuń go.',
  'problem.group.name.duplicate':
    'Istnieje już grupa organizacji o nazwie „{other}” (wielkość liter i spacje nie mają znaczenia). Wybierz inną nazwę.',
  'problem.group.sub.noOtherGroups':
    'Nie ma innych grup organizacji do dodania. Najpierw utwórz grupę.',
  'problem.group.sub.noneWithoutParent':
    'Każda z pozostałych grup ma już grupę nadrzędną. Usuń grupę z jej grupy nadrzędnej na karcie Podgrupy tamtej grupy, a potem dodaj ją tutaj.',
  'problem.group.sub.allWouldCycle':
    'Wszystkie grupy bez grupy nadrzędnej są w hierarchii powyżej tej grupy, więc dodanie którejś utworzyłoby cykl. Utwórz nową grupę albo najpierw usuń jakąś grupę z jej grupy nadrzędnej.',
  'problem.group.parent.cycle':
    '„{child}” nie może być podgrupą „{parent}”: to ta sama grupa albo grupa powyżej niej, więc powstałby cykl. Wybierz inną grupę.',
  'problem.group.parent.alreadyHasParent':
    '„{child}” jest już podgrupą „{current}”. Najpierw usuń ją z {current}, a potem dodaj do {parent}.',
  'problem.group.upload.missingColumn':
    'Brak kolumny {header}. Pierwszy wiersz musi być nagłówkiem z kolumnami szablonu — zobaczysz je w szablonie.',
  'problem.group.upload.groupBlank':
    '{column}: nazwa grupy jest pusta. Wpisz nazwę grupy, do której ta osoba ma należeć.',
  'problem.group.upload.parentBlank':
    '{column}: nazwa grupy nadrzędnej jest pusta. Wpisz ją albo usuń wiersz.',
  'problem.group.upload.childBlank':
    '{column}: nazwa podgrupy jest pusta. Wpisz ją albo usuń wiersz.',
  'problem.group.upload.userType':
    '{column}: „{value}” nie jest typem użytkownika. Wpisz Admin lub Member (albo Administrator lub Członek).',
  'problem.group.upload.duplicate':
    '{column}: „{value}” pojawia się też z grupą {group} w wierszu {later} i to tamten wiersz zostanie użyty zamiast tego. Usuń jeden z tych dwóch wierszy.',
  'problem.group.upload.childNotInMapping':
    '{column}: grupy „{child}” nie ma w pliku przypisania użytkowników do grup, więc ten wiersz zostanie pominięty. Dodaj wiersze dla {child} do tego pliku albo usuń ten wiersz.',
  'problem.group.upload.cycle':
    'Ten wiersz utworzyłby cykl w hierarchii: {chain}. Grupa nie może być nad samą sobą — usuń lub zmień jeden z tych wierszy.',
  'problem.group.upload.twoParents':
    '{column}: grupa „{child}” ma dwie grupy nadrzędne ({parents}), a może mieć najwyżej jedną. Zostaw tylko jeden z tych wierszy.',
  'problem.group.upload.noAdmin':
    'Grupa „{group}” nie miałaby po przesłaniu żadnego administratora. Dodaj dla niej wiersz z typem użytkownika Admin.',
  'problem.group.upload.file.isUsers':
    'To plik z użytkownikami (ma kolumnę Phone Number, ale nie ma Group Name ani User Type), a nie plik przypisania użytkowników do grup. Zaimportuj go w katalogu przez Dodaj użytkowników → Importuj użytkowników albo pobierz szablon przypisania użytkowników do grup.',
  'problem.group.upload.file.isParents':
    'To plik przypisania grup nadrzędnych (Parent Group Name, Child Group Name). Wybierz go jako plik grup nadrzędnych, a tutaj wybierz plik przypisania użytkowników do grup.',
  'problem.group.upload.file.isUsersAsParents':
    'To plik z użytkownikami, a nie plik przypisania grup nadrzędnych. Zaimportuj go w katalogu przez Dodaj użytkowników → Importuj użytkowników; plik grup nadrzędnych ma kolumny Parent Group Name i Child Group Name.',
  'problem.group.upload.file.isMappingAsParents':
    'To plik przypisania użytkowników do grup (Group Name, Phone Number, User Type). Wybierz go jako plik przypisania użytkowników do grup; plik grup nadrzędnych ma kolumny Parent Group Name i Child Group Name.',
  'problem.import.file.isGroupMembers':
    'To plik przypisania użytkowników do grup (Group Name, Phone Number, User Type), a nie plik z użytkownikami. Sprawdź go jako „Przypisanie użytkowników do grup” albo prześlij go przez Zbiorcze dodawanie użytkowników na stronie Grupy.',
  'problem.import.file.isGroupParents':
    'To plik przypisania grup nadrzędnych (Parent Group Name, Child Group Name), a nie plik z użytkownikami. Sprawdź go jako „Przypisanie użytkowników do grup”, wybierając go jako plik grup nadrzędnych obok pliku przypisania, albo prześlij oba przez Zbiorcze dodawanie użytkowników na stronie Grupy.',
  'problem.import.file.empty':
    'Plik jest pusty. Pobierz szablon, wpisz po jednym wierszu na użytkownika i zapisz plik jako CSV.',
  'problem.import.file.noRows':
    'Plik ma nagłówek, ale nie ma wierszy z użytkownikami. Pod nagłówkiem dodaj po jednym wierszu na użytkownika.',
  'problem.import.file.tooBig':
    'Plik ma {size} MB, a zaimportować można najwyżej {max} MB. Podziel go na mniejsze pliki.',
  'problem.import.file.tooManyRows':
    'Plik przekracza limit wierszy ({max}). Podziel go na mniejsze pliki, z których żaden nie przekroczy tego limitu.',
  'problem.import.file.binary.zip':
    'To nie jest plik CSV, tylko archiwum ZIP lub skoroszyt Excela (.xlsx). Otwórz go w arkuszu kalkulacyjnym, wybierz Zapisz jako → CSV UTF-8 i prześlij zapisany plik.',
  'problem.import.file.binary.excel':
    'To nie jest plik CSV, tylko skoroszyt starego Excela (.xls). Otwórz go w arkuszu kalkulacyjnym, wybierz Zapisz jako → CSV UTF-8 i prześlij zapisany plik.',
  'problem.import.file.binary.pdf':
    'To nie jest plik CSV, tylko dokument PDF. Wyeksportuj dane ze źródła jako CSV UTF-8 i prześlij ten plik.',
  'problem.import.file.binary.gzip':
    'To nie jest plik CSV, tylko plik skompresowany (gzip). Rozpakuj go i prześlij plik .csv ze środka.',
  'problem.import.file.binary.binary':
    'To nie jest plik CSV: zawiera dane binarne, a nie tekst. W arkuszu kalkulacyjnym wybierz Zapisz jako → CSV UTF-8 i prześlij zapisany plik.',
  'problem.import.file.mixedEncoding':
    'Wiersz {line} ma inne kodowanie znaków niż wiersze przed nim, więc litery w imionach i nazwiskach zostałyby zniekształcone. Zapisz cały plik ponownie jako CSV UTF-8.',
  'problem.import.csv.unclosedQuote':
    'Wiersz {line}: w tym miejscu cudzysłów (") otwiera wartość, której nic nie zamyka, więc cała reszta pliku zostałaby odczytana jako jedna wartość. Dodaj cudzysłów zamykający albo usuń zbędny.',
  'problem.import.file.changed':
    'Nie udało się ponownie odczytać zapisanego pliku. Prześlij go jeszcze raz.',
  'problem.import.header.noPhone':
    'Brak kolumny {header}. Pierwszy wiersz musi być nagłówkiem z kolumną o nazwie {header} — zobaczysz ją w szablonie.',
  'problem.import.header.duplicate':
    'Kolumna „{column}” występuje w nagłówku dwa razy (kolumny {first} i {second}). Zmień nazwę jednej z nich albo ją usuń.',
  'problem.import.header.unknown':
    'Kolumna „{column}” nie jest atrybutem tej organizacji, więc zostanie pominięta. Najpierw dodaj taki atrybut albo usuń kolumnę.',
  'problem.import.header.blank':
    'Kolumna {column} nie ma nazwy w nagłówku, więc zostanie pominięta. Nadaj jej nazwę albo ją usuń.',
  'problem.import.row.tooFew':
    'Wartości w tym wierszu: {found}; kolumny w nagłówku: {expected}. Brakuje separatora albo wiersz kończy się za wcześnie — dopisz brakujące wartości (także puste).',
  'problem.import.row.tooMany':
    'Wartości w tym wierszu: {found}; kolumny w nagłówku: {expected}. Usuń nadmiarowe separatory (także na końcu wiersza), a wartość zawierającą separator ujmij w cudzysłów.',
  'problem.import.phone.recoveredPlus':
    '{column}: numer „{value}” stracił w arkuszu kalkulacyjnym znak + na początku i został odczytany jako {suggestion}. Aby + się zachował, ustaw dla kolumny format „Tekstowe”.',
  'problem.import.phone.recoveredZero':
    '{column}: numer „{value}” stracił w arkuszu kalkulacyjnym 0 na początku i został odczytany jako {suggestion}. Aby zera na początku się zachowały, ustaw dla kolumny format „Tekstowe”.',
  'problem.import.phone.duplicate':
    '{column}: numer {value} pojawia się też w wierszu {later}, którego wartości zastąpią wartości z tego wiersza (tam, gdzie tamten wiersz ma puste komórki, zostaną wartości z tego). Usuń jeden z tych dwóch wierszy.',
  'problem.import.network.unknown':
    '{column}: „{value}” nie jest nazwą sieci. Wpisz Employee (Pracownicy) albo Others (Inni) albo zostaw komórkę pustą, aby osoba pozostała w swojej sieci.',
  'problem.import.user.deleted':
    '{column}: {value} należy do usuniętego użytkownika. Przywróć go w widoku „Usunięci użytkownicy”, a potem zaimportuj plik ponownie.',
  'problem.import.attribute.mandatory':
    'Atrybut „{attribute}” jest obowiązkowy dla nowych użytkowników, a ta komórka jest pusta. Uzupełnij ją.',
  'problem.import.network.syncedStaysEmployee':
    '{column}: {value} pochodzi z synchronizacji katalogu lub z logowania do Office 365 i musi pozostać w sieci „Pracownicy”. Zaimportuj ten wiersz z karty „Pracownicy”.',
  'problem.import.job.noFile': 'Przesłany plik nie jest już przechowywany. Prześlij go ponownie.',
  'problem.import.cancelledEarly':
    'Import anulowano, zanim został zapisany pierwszy wiersz. Nic się nie zmieniło.',
  'problem.import.quota':
    'Po zapisaniu części wierszy ({rows}) przeglądarce zabrakło miejsca na dane tej witryny. Te wiersze zostały zachowane i nic nie jest zapisane połowicznie. Zwolnij miejsce (usuń duże pobrane pliki lub dane innych witryn albo zresetuj piaskownicę), w Ustawieniach poproś o trwałe przechowywanie danych, a potem zaimportuj pozostałe wiersze.',
  'problem.import.unexpected':
    'Import nieoczekiwanie się zatrzymał ({message}). Wiersze zapisane do tej pory zostają zachowane.',
  'problem.job.quota':
    'Przeglądarce zabrakło miejsca na dane tej witryny; nic nie zostało zapisane połowicznie. Zwolnij miejsce (usuń duże pobrane pliki lub dane innych witryn albo zresetuj piaskownicę), w Ustawieniach poproś o trwałe przechowywanie danych, a potem utwórz zlecenie ponownie.',
  'problem.job.loadFailed':
    'Nie udało się wczytać części laboratorium potrzebnej do tego zadania (może nie ma połączenia z siecią albo opublikowano nową wersję strony). Gdy połączenie wróci, odśwież stronę i utwórz zlecenie ponownie.',
  'problem.job.unexpected':
    'Zadanie nieoczekiwanie się zatrzymało ({message}). Utwórz zlecenie ponownie.',
  'problem.org.name.empty': '{column}: wpisz nazwę organizacji.',
  'problem.org.name.tooLong': '{column}: maksymalna liczba znaków to {max}.',
  'problem.attribute.name.empty': 'Nazwa jest pusta. Wpisz nazwę lub odrzuć ten wiersz.',
  'problem.attribute.name.tooLong':
    'Nazwa jest za długa (liczba znaków: {length}, dozwolone maksimum: {max}).',
  'problem.attribute.name.reserved':
    '„{value}” to nazwa kolumny, którą ma każdy plik użytkowników (Phone Number, Name, Network, Source, Created). Wybierz inną nazwę, np. „{value} (własny)”.',
  'problem.attribute.name.duplicate':
    'Nazwy „{value}” używa już atrybut „{other}” (wielkość liter nie ma znaczenia). Wybierz inną nazwę.',
  'problem.attribute.mandatory.missing':
    'Atrybut „{attribute}” jest obowiązkowy. Podaj jego wartość.',
  'problem.value.text.tooLong':
    '{attribute}: tekst jest za długi (liczba znaków: {length}, dozwolone maksimum: {max}).',
  'problem.value.number.format':
    '{attribute}: „{value}” nie jest liczbą. Wpisz cyfry, a część dziesiętną oddziel kropką, np. 7.5.',
  'problem.value.number.formatComma':
    '{attribute}: „{value}” nie jest liczbą. Wpisz cyfry, a część dziesiętną oddziel kropką lub przecinkiem, np. 7,5.',
  'problem.value.yesno.format':
    '{attribute}: „{value}” to ani Tak, ani Nie. Wpisz Tak, Nie, Yes, No, True, False, 1 lub 0.',
  'problem.value.date.format':
    '{attribute}: „{value}” nie jest datą. Wpisz ją w formacie 2024-03-31, 31.03.2024 lub 31/03/2024.',
  'problem.value.date.month':
    '{attribute}: w „{value}” miesiąc ma numer {month}, a miesiące mają numery od 1 do 12.',
  'problem.value.date.day':
    '{attribute}: „{value}” — miesiąc {month} roku {year} ma {max} dni, więc dzień {day} nie istnieje.',
  'problem.value.date.time':
    '{attribute}: „{value}” zawiera godzinę, która nie istnieje. Użyj godzin 00–23 i minut 00–59.',
  // Audit and template strings of the group areas: shown by eager pages too.
  'audit.group.create': 'Utworzono grupę',
  'audit.group.member.add': 'Dodano do grupy',
  'audit.group.map': 'Grupę przypisano do organizacji',
  'audit.group.unmap': 'Grupę zmieniono na prywatną',
  'audit.group.parent.set': 'Dodano podgrupę',
  'audit.group.parent.remove': 'Usunięto podgrupę',
  'audit.connector.register': 'Zarejestrowano łącznik',
  'audit.connector.deactivate': 'Dezaktywowano łącznik',
  'audit.group.connector.add': 'Dodano łącznik do grupy',
  'audit.group.connector.remove': 'Usunięto łącznik z grupy',
  'audit.action.create': 'Dodano własną akcję',
  'audit.action.delete': 'Usunięto własną akcję',
  'audit.action.publish': 'Opublikowano akcję',
  'audit.action.unpublish': 'Wycofano publikację akcji',
  'audit.message.post': 'Wysłano wiadomość',
  'audit.action.send': 'Wysłano akcję',
  'audit.action.respond': 'Odpowiedziano na akcję',
} satisfies Partial<Record<MessageKey, string>>;
