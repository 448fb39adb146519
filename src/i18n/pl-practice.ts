import type { enPractice } from './en-practice';

/** Polish strings of the practice page. */
export const plPractice: Record<keyof typeof enPractice, string> = {
  'practice.intro':
    'Każde ćwiczenie zaczyna się od własnej, z góry znanej organizacji, prosi o wykonanie jednego zadania administracyjnego w portalu lub w przewodniku i sprawdza wynik. Przycisk Rozpocznij przywraca piaskownicę do stanu początkowego ćwiczenia, a przycisk Sprawdź odczytuje jej zawartość i pokazuje, co już zrobiono, a czego jeszcze brakuje. Postępy są zapisywane w tej przeglądarce.',
  'practice.list': 'Ćwiczenia',
  'practice.progress.summary': 'Zaliczone ćwiczenia: {passed} z {total}',
  'practice.status.new': 'Nierozpoczęte',
  'practice.status.started': 'Rozpoczęto {when}',
  'practice.status.passed': 'Zaliczono {when}',
  'practice.back': 'Wszystkie ćwiczenia',
  'practice.goal': 'Cel',
  'practice.steps': 'Kroki',
  'practice.hints.show': 'Pokaż wskazówki',
  'practice.hints.hide': 'Ukryj wskazówki',
  'practice.hints': 'Wskazówki',
  'practice.guides': 'Najpierw przeczytaj',
  'practice.start': 'Rozpocznij',
  'practice.restart': 'Zacznij od nowa',
  'practice.starting': 'Przygotowywanie stanu początkowego…',
  'practice.started':
    'Piaskownica zawiera teraz stan początkowy tego ćwiczenia. Otwórz portal (albo przewodnik) i wykonaj kroki, a potem wróć tutaj i kliknij Sprawdź.',
  'practice.confirm.title': 'Zastąpić zawartość piaskownicy?',
  'practice.confirm.body':
    'W piaskownicy jest organizacja „{org}”. Rozpoczęcie ćwiczenia zastąpi całą jej zawartość stanem początkowym tego ćwiczenia, a wszystko, co w niej zrobiono, przepadnie. Postępy w ćwiczeniach zostaną zachowane.',
  'practice.confirm.ok': 'Zastąp i rozpocznij',
  'practice.openPortal': 'Otwórz portal',
  'practice.sample': 'Pobierz plik {file}',
  'practice.answer.save': 'Zapisz odpowiedź',
  'practice.answer.saved': 'Zapisano odpowiedź.',
  'practice.check': 'Sprawdź',
  'practice.checking': 'Sprawdzanie…',
  'practice.check.caption': 'Wynik sprawdzenia',
  'practice.check.criterion': 'Kryterium',
  'practice.check.result': 'Wynik',
  'practice.check.tip': 'Co zrobić: {tip}',
  'practice.check.ok': 'Gotowe',
  'practice.check.missing': 'Jeszcze nie',
  'practice.check.passed': 'Wszystkie kryteria są spełnione: ćwiczenie zaliczone.',
  'practice.check.failed':
    'Spełnione kryteria: {done} z {total}. Postępuj według podpowiedzi i kliknij Sprawdź jeszcze raz.',
  'practice.noOrg':
    'Piaskownica jest pusta. Kliknij Rozpocznij, aby przygotować organizację tego ćwiczenia, albo przywróć organizację, jeśli ćwiczenie tego wymaga.',
  'practice.c.started': 'Piaskownicę przygotował przycisk Rozpocznij tego ćwiczenia',
  'practice.tip.started':
    'Kliknij Rozpocznij: zastąpi zawartość piaskownicy organizacją tego ćwiczenia. Potem wykonaj kroki i sprawdź ponownie.',
  'error.practice.actAsAdmin':
    'Tę odpowiedź sprawdzisz, działając jako administrator organizacji: pochodzi z danych, które widzą tylko administratorzy organizacji. Przełącz się w „Działasz jako” u góry portalu i sprawdź ponownie.',
  'error.practice.unknown': 'Nie ma ćwiczenia „{id}”. Wybierz ćwiczenie z listy.',
  'error.practice.noSample': 'Ćwiczenie „{id}” nie ma pliku do pobrania.',
  'error.practice.noQuestion': 'Ćwiczenie „{id}” nie zadaje żadnego pytania.',

  'guide.directory': 'Katalog użytkowników',
  'guide.attributes': 'Atrybuty niestandardowe',
  'guide.bulk-import': 'Import użytkowników z pliku CSV',
  'guide.spreadsheet-files': 'Przygotowanie pliku w arkuszu kalkulacyjnym',
  'guide.import-history': 'Historia importu i dziennik błędów',
  'guide.export-users': 'Eksport użytkowników',
  'guide.deleting-users': 'Usuwanie i przywracanie użytkowników',
  'guide.groups': 'Grupy i ich członkowie',
  'guide.sub-groups': 'Podgrupy i hierarchia grup',
  'guide.bulk-group-upload': 'Zbiorcze dodawanie do grup',
  'guide.private-groups': 'Grupy prywatne i grupy organizacji',
  'guide.roles': 'Role i uprawnienia',
  'guide.actions-connectors': 'Akcje i łączniki',
  'guide.reports': 'Raporty i dziennik audytu',
  'guide.tenant-data': 'Eksport i przywracanie danych dzierżawy',

  'practice.move-to-others.title': 'Przenieś użytkownika do sieci Inni',
  'practice.move-to-others.goal':
    '{name} ({phone}) nie należy już do personelu firmy, ale nadal z nią współpracuje jako podwykonawca. Przenieś tę osobę z sieci Pracownicy do sieci Inni — nie usuwaj jej i nie przenoś nikogo innego.',
  'practice.move-to-others.step.1': 'Otwórz w portalu Katalog i kartę Pracownicy.',
  'practice.move-to-others.step.2':
    'Za pomocą pola wyszukiwania znajdź użytkownika {name} i zaznacz jego wiersz.',
  'practice.move-to-others.step.3': 'Wybierz Przenieś do sieci „Inni” i potwierdź.',
  'practice.move-to-others.hint.1':
    'Wpisz początek imienia lub nazwiska albo dowolny fragment numeru telefonu.',
  'practice.move-to-others.hint.2':
    'Użytkowników pochodzących z synchronizacji katalogu lub z logowania do Office 365 nie można przenieść do sieci Inni. Użytkownika {name} dodano w portalu, więc można go przenieść.',
  'practice.move-to-others.c.kept': '{name} nadal jest w katalogu',
  'practice.move-to-others.tip.kept':
    'Ta osoba została usunięta. Przywróć ją w widoku Katalog → Więcej → Usunięci użytkownicy, a potem przenieś.',
  'practice.move-to-others.c.others': '{name} jest w sieci Inni',
  'practice.move-to-others.tip.others':
    'Zaznacz wiersz tej osoby na karcie Pracownicy i wybierz Przenieś do sieci „Inni”.',
  'practice.move-to-others.c.onlyThem': 'Nikt inny nie opuścił sieci Pracownicy',
  'practice.move-to-others.tip.onlyThem':
    'Przeniesiono lub usunięto także inne osoby. Kliknij Zacznij od nowa i przenieś tylko użytkownika {name}.',

  'practice.employee-id.title': 'Dodaj obowiązkowy atrybut Employee ID',
  'practice.employee-id.goal':
    'Każdy pracownik potrzebuje identyfikatora nadanego przez dział kadr. Dodaj atrybut tekstowy o nazwie „Employee ID” i oznacz go jako obowiązkowy, żeby przy imporcie trzeba było go wypełnić.',
  'practice.employee-id.step.1': 'Otwórz w portalu Katalog → Więcej → Zarządzaj atrybutami.',
  'practice.employee-id.step.2':
    'W polu Dodaj nowy wybierz Atrybut niestandardowy i wpisz nazwę Employee ID (sugerowany atrybut Identyfikator pracownika ma inną nazwę). Ustaw typ Tekst i zaznacz Obowiązkowy.',
  'practice.employee-id.step.3': 'Kliknij Zapisz.',
  'practice.employee-id.hint.1':
    'Atrybut obowiązkowy musi mieć wartość u każdego użytkownika dodanego ręcznie lub przez import. Użytkownicy, którzy już są w katalogu, mają go pustego, dopóki ktoś ich nie edytuje.',
  'practice.employee-id.hint.2': 'Nic nie zostanie zapisane, dopóki nie klikniesz Zapisz.',
  'practice.employee-id.c.exists': 'Istnieje atrybut o nazwie Employee ID',
  'practice.employee-id.tip.exists':
    'Dodaj go w widoku Zarządzaj atrybutami jako Atrybut niestandardowy o nazwie Employee ID i kliknij Zapisz.',
  'practice.employee-id.c.text': 'Ma typ Tekst',
  'practice.employee-id.tip.text':
    'Identyfikatory takie jak CL-10001 zawierają litery: usuń atrybut i dodaj go ponownie z typem Tekst (typu nie można później zmienić).',
  'practice.employee-id.c.mandatory': 'Jest obowiązkowy',
  'practice.employee-id.tip.mandatory':
    'Otwórz Zarządzaj atrybutami, zaznacz przy nim Obowiązkowy i kliknij Zapisz.',

  'practice.import-fix.title': 'Zaimportuj przykładowy plik i popraw jego trzy błędne wiersze',
  'practice.import-fix.goal':
    'Dział kadr przysłał plik z sześcioma nowymi pracownikami. Trzy wiersze są w nim błędne. Zaimportuj plik, przeczytaj dziennik błędów, popraw te trzy wiersze i zaimportuj je ponownie, tak aby wszystkie sześć osób znalazło się w katalogu z poprawnymi danymi.',
  'practice.import-fix.step.1': 'Pobierz poniżej przykładowy plik.',
  'practice.import-fix.step.2':
    'Otwórz w portalu Katalog i na karcie Pracownicy wybierz Dodaj użytkowników → Importuj użytkowników…, wskaż plik, kliknij Sprawdź, a potem Prześlij.',
  'practice.import-fix.step.3':
    'W historii importu (Dodaj użytkowników → Pokaż historię importu) pobierz dziennik błędów: wymienia on każdy błędny wiersz i podpowiada, jak go poprawić.',
  'practice.import-fix.step.4':
    'Popraw te trzy wiersze w pliku (albo w kopii, w której zostaną tylko one) i zaimportuj go ponownie.',
  'practice.import-fix.hint.1':
    'Arkusz kalkulacyjny zamienił numer użytkownika {sciName} na zapis wykładniczy. Według działu kadr poprawny numer to {sciPhone}.',
  'practice.import-fix.hint.2': 'Employee ID osoby {idName} to {id}.',
  'practice.import-fix.hint.3':
    '{forkliftName} ma uprawnienia do obsługi wózka widłowego (kolumna Forklift licence): w kolumnie typu Tak/Nie wpisz Yes lub No.',
  'practice.import-fix.c.imported': 'Zakończono import pliku z użytkownikami',
  'practice.import-fix.tip.imported':
    'Zaimportuj plik przez Katalog → Dodaj użytkowników → Importuj użytkowników…, zamiast dodawać użytkowników ręcznie.',
  'practice.import-fix.c.good': 'Osoby z trzech poprawnych wierszy są w katalogu',
  'practice.import-fix.tip.good': 'Zaimportuj przykładowy plik do sieci Pracownicy.',
  'practice.import-fix.c.phone': '{sciName} jest w katalogu z numerem {sciPhone}',
  'practice.import-fix.tip.phone':
    'Wpisz numer jako {sciPhone} (z plusem na początku; w arkuszu ustaw format kolumny na Tekst) i zaimportuj ten wiersz ponownie.',
  'practice.import-fix.c.employeeId': '{idName} ma Employee ID {id}',
  'practice.import-fix.tip.employeeId':
    'Uzupełnij kolumnę Employee ID w tym wierszu i zaimportuj go ponownie.',
  'practice.import-fix.c.forklift':
    '{forkliftName} ma uprawnienia do obsługi wózka widłowego (Forklift licence: Yes)',
  'practice.import-fix.tip.forklift': 'Zamień „maybe” na Yes i zaimportuj ten wiersz ponownie.',

  'practice.export-reimport.title':
    'Wyeksportuj użytkowników i zaimportuj plik z powrotem bez zmian',
  'practice.export-reimport.goal':
    'Przekonaj się, że plik eksportu jest poprawnym plikiem importu: wyeksportuj wszystkich użytkowników, a potem zaimportuj ten sam plik, niczego w nim nie zmieniając. Nikt nie powinien zostać utworzony ani zmieniony, a żaden wiersz nie powinien zostać odrzucony.',
  'practice.export-reimport.step.1':
    'Otwórz w portalu Katalog → Eksportuj użytkowników → Utwórz nowe zlecenie… i wybierz Wszyscy (Pracownicy i Inni).',
  'practice.export-reimport.step.2':
    'Gdy zlecenie dostanie stan Zakończono, pobierz plik z historii eksportu (Eksportuj użytkowników → Pokaż historię eksportu).',
  'practice.export-reimport.step.3':
    'Zaimportuj ten plik przez Katalog → Dodaj użytkowników → Importuj użytkowników…, nie otwierając go w arkuszu kalkulacyjnym.',
  'practice.export-reimport.step.4':
    'Sprawdź liczniki importu w historii importu (Dodaj użytkowników → Pokaż historię importu).',
  'practice.export-reimport.hint.1':
    'Arkusz, w którym otworzysz i zapiszesz plik, może zmienić numery i daty: prześlij pobrany plik bez zmian.',
  'practice.export-reimport.hint.2':
    'Dzięki kolumnie Network z eksportu każdy użytkownik wraca do swojej sieci.',
  'practice.export-reimport.c.exported': 'Zakończono eksport użytkowników',
  'practice.export-reimport.tip.exported':
    'Utwórz zlecenie eksportu i poczekaj, aż dostanie stan Zakończono.',
  'practice.export-reimport.c.imported': 'Po eksporcie zakończono import użytkowników',
  'practice.export-reimport.tip.imported': 'Zaimportuj wyeksportowany plik.',
  'practice.export-reimport.c.sameRows': 'Import odczytał tyle wierszy, ile zapisał eksport',
  'practice.export-reimport.tip.sameRows':
    'Zaimportuj cały wyeksportowany plik, a nie jego część ani inny plik.',
  'practice.export-reimport.c.unchanged':
    'Nikogo nie utworzono ani nie zmieniono, a żaden wiersz nie został odrzucony',
  'practice.export-reimport.tip.unchanged':
    'Plik był edytowany albo katalog zmienił się w międzyczasie: kliknij Zacznij od nowa, wyeksportuj użytkowników i zaimportuj plik bez żadnych zmian.',

  'practice.delete-restore.title': 'Usuń użytkownika i przywróć go',
  'practice.delete-restore.goal':
    'Użytkownik {name} ({phone}) zostaje usunięty przez pomyłkę — w tym ćwiczeniu zrobisz to Ty. Usuń go, a potem przywróć w 30-dniowym okresie na przywrócenie, tak aby wrócił do katalogu i do swoich grup.',
  'practice.delete-restore.step.1':
    'Otwórz w portalu Katalog, znajdź użytkownika {name} i zaznacz jego wiersz.',
  'practice.delete-restore.step.2': 'Kliknij Usuń na pasku zaznaczenia i potwierdź.',
  'practice.delete-restore.step.3': 'Otwórz Katalog → Więcej → Usunięci użytkownicy.',
  'practice.delete-restore.step.4': 'Kliknij Przywróć przy użytkowniku {name}.',
  'practice.delete-restore.hint.1':
    'Usuniętego użytkownika można przywrócić przez 30 dni według symulowanego zegara; Ustawienia → Przesuń o 30 dni zamknęłoby tę możliwość na dobre.',
  'practice.delete-restore.hint.2':
    'Przywrócenie oddaje członkostwa w grupach organizacji, które zabrało usunięcie.',
  'practice.delete-restore.c.deleted': 'Usunięto użytkownika {name}',
  'practice.delete-restore.tip.deleted': 'Najpierw go usuń: zaznacz jego wiersz i kliknij Usuń.',
  'practice.delete-restore.c.restored': 'Po usunięciu przywrócono użytkownika {name}',
  'practice.delete-restore.tip.restored':
    'Przywróć go w widoku Katalog → Więcej → Usunięci użytkownicy.',
  'practice.delete-restore.c.back': 'Użytkownik {name} jest w katalogu',
  'practice.delete-restore.tip.back':
    'Użytkownik jest teraz usunięty. Przywróć go, a jeśli okres na przywrócenie już minął, kliknij Zacznij od nowa.',
  'practice.delete-restore.c.groups': 'Znów należy do swoich grup (liczba grup: {groups})',
  'practice.delete-restore.tip.groups':
    'Przywrócenie oddaje członkostwa w grupach. Ręcznie dodaj użytkownika tylko do tych grup, z których usunięto go osobno.',

  'practice.group-admin.title': 'Utwórz grupę i wyznacz jej administratora',
  'practice.group-admin.goal':
    'Utwórz grupę organizacji „{group}” z dwoma członkami, {adminName} i {memberName}, i nadaj użytkownikowi {adminName} rolę administratora tej grupy.',
  'practice.group-admin.step.1': 'Otwórz w portalu Grupy → Utwórz grupę i nadaj jej nazwę {group}.',
  'practice.group-admin.step.2':
    'Na karcie Użytkownicy tej grupy kliknij Dodaj po numerze telefonu i dodaj numery {adminPhone} i {memberPhone}.',
  'practice.group-admin.step.3': 'Przy użytkowniku {adminName} kliknij Nadaj rolę administratora.',
  'practice.group-admin.step.4': 'Użytkownikowi {memberName} zostaw rolę członka.',
  'practice.group-admin.hint.1': 'Ma to być grupa organizacji, a nie grupa prywatna.',
  'practice.group-admin.hint.2':
    'Oba numery możesz dodać naraz, oddzielając je przecinkami lub nowymi wierszami.',
  'practice.group-admin.c.group': 'Istnieje grupa organizacji {group}',
  'practice.group-admin.tip.group': 'Utwórz ją przez Grupy → Utwórz grupę (dokładnie z tą nazwą).',
  'practice.group-admin.c.members': '{adminName} i {memberName} są jej członkami',
  'practice.group-admin.tip.members': 'Dodaj obie osoby na karcie Użytkownicy tej grupy.',
  'practice.group-admin.c.admin': '{adminName} jest jej administratorem, a {memberName} członkiem',
  'practice.group-admin.tip.admin':
    'Na karcie Użytkownicy nadaj użytkownikowi {adminName} rolę administratora (Nadaj rolę administratora), a użytkownikowi {memberName} rolę członka (Zmień na członka).',

  'practice.hierarchy-upload.title':
    'Zbuduj hierarchię na trzech poziomach przez zbiorcze dodawanie do grup',
  'practice.hierarchy-upload.goal':
    'Utwórz grupy {top}, {middle} i {bottom} jednym zbiorczym przesłaniem plików, tak aby {bottom} była podgrupą grupy {middle}, a {middle} — podgrupą grupy {top}.',
  'practice.hierarchy-upload.step.1':
    'Pobierz poniżej plik przypisania użytkowników do grup (User Group Mapping): tworzy on trzy grupy i ich pierwszych członków.',
  'practice.hierarchy-upload.step.2':
    'Przygotuj plik przypisania grup nadrzędnych (Parent Group Mapping) z dwoma wierszami: {top} → {middle} i {middle} → {bottom} (jego nagłówek znajdziesz na stronie Szablony).',
  'practice.hierarchy-upload.step.3':
    'Otwórz w portalu Grupy → Zbiorcze dodawanie użytkowników, wybierz oba pliki, kliknij Sprawdź, a potem Prześlij.',
  'practice.hierarchy-upload.step.4': 'Otwórz te grupy i zajrzyj na ich karty Podgrupy.',
  'practice.hierarchy-upload.hint.1':
    'Nagłówek pliku grup nadrzędnych to: Parent Group Name*,Child Group Name*',
  'practice.hierarchy-upload.hint.2':
    'Podgrupa musi występować w pliku przypisania użytkowników do grup z tego samego przesłania; pętla (A pod B, a B pod A) zostanie odrzucona.',
  'practice.hierarchy-upload.hint.3':
    'Zapisz plik jako CSV UTF-8; nazwy grup muszą być dokładnie takie same jak w pliku przypisania użytkowników do grup.',
  'practice.hierarchy-upload.c.groups': 'Istnieją grupy {top}, {middle} i {bottom}',
  'practice.hierarchy-upload.tip.groups':
    'Prześlij plik przypisania użytkowników do grup przez Zbiorcze dodawanie użytkowników.',
  'practice.hierarchy-upload.c.middle': '{middle} jest podgrupą grupy {top}',
  'practice.hierarchy-upload.tip.middle':
    'Dodaj do pliku grup nadrzędnych wiersz „{top},{middle}”.',
  'practice.hierarchy-upload.c.bottom': '{bottom} jest podgrupą grupy {middle}',
  'practice.hierarchy-upload.tip.bottom':
    'Dodaj do pliku grup nadrzędnych wiersz „{middle},{bottom}”.',
  'practice.hierarchy-upload.c.upload': 'Grupy nadrzędne ustawiono zbiorczym przesłaniem plików',
  'practice.hierarchy-upload.tip.upload':
    'Ustaw grupy nadrzędne plikiem przypisania grup nadrzędnych w oknie Zbiorcze dodawanie użytkowników, a nie ręcznie.',

  'practice.map-private.title': 'Przypisz grupę prywatną do organizacji',
  'practice.map-private.goal':
    'Grupa prywatna „{group}” stała się oficjalnym klubem firmowym. Przypisz ją do organizacji, żeby można nią było zarządzać w portalu, i zachowaj wszystkich jej członków (jest ich {members}).',
  'practice.map-private.step.1':
    'Przełącz się na użytkownika {adminName}, administratora grupy (przełącznik „Działasz jako” u góry): grupę prywatną przypisuje jej własny administrator.',
  'practice.map-private.step.2': 'Otwórz w portalu Grupy, kartę Prywatne, a potem grupę {group}.',
  'practice.map-private.step.3': 'Kliknij Przypisz do organizacji i potwierdź.',
  'practice.map-private.hint.1':
    'Administrator organizacji może przypisać grupę prywatną tylko wtedy, gdy jest jej członkiem; {adminName} jest jej administratorem.',
  'practice.map-private.hint.2':
    'Przypisanie zachowuje członków i ich role; od tej chwili grupa należy do organizacji: widać ją w portalu, w raportach i w eksporcie dzierżawy.',
  'practice.map-private.c.mapped': '{group} jest grupą organizacji',
  'practice.map-private.tip.mapped': 'Otwórz grupę i kliknij Przypisz do organizacji.',
  'practice.map-private.c.members': 'Grupa nadal ma wszystkich członków (jest ich {members})',
  'practice.map-private.tip.members':
    'Usunięto lub dodano członków: kliknij Zacznij od nowa i przypisz grupę, nie zmieniając jej członków.',

  'practice.admin-poll.title':
    'Opublikuj ankietę, którą mogą wysyłać tylko administratorzy, i odpowiedz na nią',
  'practice.admin-poll.goal':
    'W grupie {group} szybkie ankiety mają móc wysyłać tylko administratorzy grupy. Opublikuj tam akcję Szybka ankieta tylko dla administratorów, wyślij ankietę jako administrator {adminName} i odpowiedz na nią w imieniu dwóch członków: {firstName} i {secondName}.',
  'practice.admin-poll.step.1':
    'Otwórz w portalu Akcje, znajdź akcję Szybka ankieta, kliknij Opublikuj… i opublikuj ją w grupie {group}, zaznaczając tylko Administratorzy grupy.',
  'practice.admin-poll.step.2':
    'Przełącz się na użytkownika {adminName} w polu „Działasz jako” u góry, otwórz grupę {group} → Rozmowa i wyślij szybką ankietę.',
  'practice.admin-poll.step.3': 'Przełącz się na użytkownika {firstName} i odpowiedz na ankietę.',
  'practice.admin-poll.step.4': 'Przełącz się na użytkownika {secondName} i również odpowiedz.',
  'practice.admin-poll.step.5':
    'Gdy działasz jako członek, zwróć uwagę, że na liście Wyślij akcję nie ma szybkiej ankiety.',
  'practice.admin-poll.hint.1':
    'Akcję publikuje administrator organizacji, a wysłać kartę może tylko ktoś, czyją rolę w grupie dopuszcza publikacja.',
  'practice.admin-poll.hint.2':
    'Przełącznik „Działasz jako” wyszukuje osoby po imieniu i nazwisku: wpisz „{firstName}”.',
  'practice.admin-poll.hint.3': 'Członek odpowiada na ankietę na karcie Rozmowa grupy.',
  'practice.admin-poll.c.published': 'Szybka ankieta jest opublikowana w grupie {group}',
  'practice.admin-poll.tip.published': 'Opublikuj ją na stronie Akcje.',
  'practice.admin-poll.c.adminsOnly': 'Wysyłać ją tam mogą tylko administratorzy',
  'practice.admin-poll.tip.adminsOnly':
    'Opublikuj ją ponownie, zaznaczając w polu Kto może ją wysyłać tylko Administratorzy grupy.',
  'practice.admin-poll.c.sent': 'W grupie {group} wysłano szybką ankietę',
  'practice.admin-poll.tip.sent':
    'Przełącz się na użytkownika {adminName} i wyślij ankietę na karcie Rozmowa tej grupy.',
  'practice.admin-poll.c.answered': 'Odpowiedziało dwóch członków (na razie: {count})',
  'practice.admin-poll.tip.answered':
    'Przełącz się na użytkownika {firstName}, a potem {secondName}, i za każdym razem odpowiedz na ankietę (odpowiedzi administratorów się tu nie liczą).',

  'practice.connector.title': 'Dodaj łącznik do grupy',
  'practice.connector.goal':
    'Zespół planowania chce, żeby jego narzędzie publikowało zmiany w grafiku w grupie {group}. Zarejestruj łącznik o nazwie „{connector}” i dołącz go do grupy {group}.',
  'practice.connector.step.1': 'Otwórz w portalu Łączniki → Zarejestruj łącznik.',
  'practice.connector.step.2':
    'Nadaj mu nazwę {connector} i zarejestruj go. Zwróć uwagę, że klucz tajny jest pokazywany tylko raz.',
  'practice.connector.step.3': 'Otwórz Grupy → {group} → Łączniki.',
  'practice.connector.step.4': 'Wybierz łącznik {connector} i kliknij Dodaj łącznik.',
  'practice.connector.hint.1':
    'Łączniki rejestrują administratorzy organizacji i administratorzy grup; administrator grupy dołącza łączniki organizacji tylko do grup, którymi administruje.',
  'practice.connector.hint.2': 'Dezaktywowanego łącznika nie da się dołączyć do grupy.',
  'practice.connector.c.registered': 'Istnieje aktywny łącznik o nazwie {connector}',
  'practice.connector.tip.registered': 'Zarejestruj go na stronie Łączniki (dokładnie z tą nazwą).',
  'practice.connector.c.attached': 'Łącznik {connector} jest dołączony do grupy {group}',
  'practice.connector.tip.attached': 'Otwórz kartę Łączniki tej grupy i dodaj go.',

  'practice.activity-report.title': 'Odpowiedz na pytanie na podstawie raportu aktywności',
  'practice.activity-report.goal':
    'Przełożony pyta, która grupa była najaktywniejsza w ostatnich {days} dniach. Sprawdź to w raporcie aktywności i wpisz nazwę grupy.',
  'practice.activity-report.step.1': 'Otwórz w portalu Raporty → Raport aktywności.',
  'practice.activity-report.step.2':
    'W polu Rodzaj raportu wybierz Grupy, zostaw okres ostatnich {days} dni i kliknij Pokaż.',
  'practice.activity-report.step.3': 'Najaktywniejsza grupa jest w pierwszym wierszu tabeli.',
  'practice.activity-report.step.4': 'Wpisz jej nazwę poniżej, zapisz odpowiedź i kliknij Sprawdź.',
  'practice.activity-report.hint.1':
    'Na aktywność składają się łącznie wiadomości, wysłane karty, odpowiedzi i polubienia.',
  'practice.activity-report.hint.2':
    'Działaj jako administrator organizacji: administrator grupy widzi tylko swoje grupy.',
  'practice.activity-report.question':
    'Która grupa była najaktywniejsza w ostatnich {days} dniach?',
  'practice.activity-report.c.answered': 'Odpowiedź jest zapisana',
  'practice.activity-report.tip.answered': 'Wpisz nazwę grupy i zapisz odpowiedź.',
  'practice.activity-report.c.correct': 'Odpowiedź zgadza się z raportem',
  'practice.activity-report.tip.correct':
    'Zajrzyj jeszcze raz do Raporty → Raport aktywności → Grupy za ostatnie {days} dni: odpowiedzią jest pierwszy wiersz.',

  'practice.tenant-messages.title': 'Wyeksportuj dane dzierżawy i znajdź wiadomości użytkownika',
  'practice.tenant-messages.goal':
    'Dział prawny pyta, ile wiadomości napisał w grupach organizacji użytkownik {name} ({phone}). Wyeksportuj dane dzierżawy i policz wiersze tej osoby w pakiecie.',
  'practice.tenant-messages.step.1':
    'Otwórz w portalu Raporty → Dane dzierżawy → Eksportuj dane dzierżawy.',
  'practice.tenant-messages.step.2':
    'Gdy eksport dostanie stan Zakończono, pobierz archiwum zip i rozpakuj je.',
  'practice.tenant-messages.step.3':
    'Otwórz plik messages.csv i policz wiersze, w których autorem (kolumna Author) jest {phone} — zarówno wiadomości tekstowe, jak i karty.',
  'practice.tenant-messages.step.4': 'Wpisz tę liczbę poniżej, zapisz ją i kliknij Sprawdź.',
  'practice.tenant-messages.hint.1':
    'W arkuszu kalkulacyjnym przefiltruj kolumnę Author według numeru {phone}; liczbę wierszy zobaczysz na pasku stanu.',
  'practice.tenant-messages.hint.2':
    'Plik datapackage.json opisuje każdy plik pakietu i każdą jego kolumnę.',
  'practice.tenant-messages.hint.3': 'Dane dzierżawy eksportują tylko administratorzy organizacji.',
  'practice.tenant-messages.question': 'Ile wiadomości napisał użytkownik {name}?',
  'practice.tenant-messages.c.exported': 'Zakończono eksport danych dzierżawy',
  'practice.tenant-messages.tip.exported':
    'Wyeksportuj dane dzierżawy i poczekaj, aż eksport dostanie stan Zakończono.',
  'practice.tenant-messages.c.answered': 'Odpowiedź jest zapisana',
  'practice.tenant-messages.tip.answered': 'Wpisz liczbę wiadomości i zapisz odpowiedź.',
  'practice.tenant-messages.c.correct': 'Liczba zgadza się z pakietem',
  'practice.tenant-messages.tip.correct':
    'Policz jeszcze raz: każdy wiersz pliku messages.csv, którego autorem jest {phone}, zarówno wiadomości tekstowe, jak i karty.',

  'practice.tenant-restore.title': 'Przywróć organizację z eksportu dzierżawy',
  'practice.tenant-restore.goal':
    'Przenieś organizację do czystej piaskownicy za pomocą eksportu danych dzierżawy: dodaj użytkownika {name}, wyeksportuj dane, opróżnij piaskownicę, a potem przywróć organizację z archiwum zip, tak aby wszystko — łącznie z użytkownikiem {name} — wróciło na miejsce.',
  'practice.tenant-restore.step.1':
    'Otwórz w portalu Katalog → Dodaj użytkowników → Dodaj ręcznie… i dodaj użytkownika {name} ({phone}).',
  'practice.tenant-restore.step.2':
    'Wybierz Raporty → Dane dzierżawy → Eksportuj dane dzierżawy i pobierz archiwum zip.',
  'practice.tenant-restore.step.3':
    'Wybierz Ustawienia → Zresetuj piaskownicę i potwierdź przyciskiem Wymaż wszystko.',
  'practice.tenant-restore.step.4':
    'Na pierwszej stronie pustego portalu, w karcie Przywróć z eksportu dzierżawy, wybierz archiwum zip i kliknij Sprawdź i przywróć.',
  'practice.tenant-restore.step.5': 'Wróć tutaj i kliknij Sprawdź.',
  'practice.tenant-restore.hint.1':
    'Przywrócić organizację można tylko do pustej piaskownicy, więc najpierw ją zresetuj (Zacznij od nowa przygotowałoby ćwiczenie od początku).',
  'practice.tenant-restore.hint.2':
    'Zanim cokolwiek zostanie zapisane, laboratorium sprawdza każdy plik pakietu; uszkodzone archiwum niczego nie zmienia.',
  'practice.tenant-restore.hint.3':
    'Dodaj użytkownika {name} przed eksportem, bo inaczej nie będzie go w pakiecie.',
  'practice.tenant-restore.c.restored': 'Piaskownicę przywrócono z eksportu dzierżawy',
  'practice.tenant-restore.tip.restored':
    'Zresetuj piaskownicę i w karcie Przywróć z eksportu dzierżawy wybierz pobrane archiwum zip.',
  'practice.tenant-restore.c.org': 'Organizacja {org} wróciła razem z użytkownikami',
  'practice.tenant-restore.tip.org':
    'Przywróć pakiet wyeksportowany z organizacji {org}, a nie inny.',
  'practice.tenant-restore.c.user': 'Użytkownik {name} jest w katalogu',
  'practice.tenant-restore.tip.user':
    'Dodaj użytkownika {name} przed eksportem, a potem jeszcze raz wyeksportuj dane, zresetuj piaskownicę i przywróć organizację.',
};
