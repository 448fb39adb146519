import type { MessageKey } from './en';

/** Polish UI strings of the Groups page and a group's page; spread into `pl` (src/i18n/pl.ts). */
export const plGroups = {
  'groups.kinds': 'Rodzaje grup',
  'groups.tab.organization': 'Organizacji',
  'groups.tab.private': 'Prywatne',
  'groups.filter': 'Znajdź grupę',
  'groups.filterPlaceholder': 'Nazwa grupy',
  'groups.create': 'Utwórz grupę',
  'groups.newPrivate': 'Nowa grupa prywatna',
  'groups.createAbout.organization':
    'Grupa organizacji należy do organizacji i zarządza się nią tutaj, w portalu. Zostaniesz jej pierwszym administratorem.',
  'groups.createAbout.private':
    'Grupa prywatna to taka, jaką ludzie zakładają w aplikacji Kaizala. Widzą ją tylko jej członkowie, a Ty zostaniesz jej administratorem. Jeśli organizacja ma nią zarządzać, możesz ją później przypisać do organizacji.',
  'groups.name': 'Nazwa grupy',
  'groups.createSubmit': 'Utwórz',
  'groups.bulkUpload': 'Zbiorcze dodawanie użytkowników',
  'groups.uploadHistory': 'Historia przesłanych plików grup',
  'groups.back': 'Wszystkie grupy',
  'groups.privateAbout':
    'Grupy prywatne, do których należysz. Administratorzy organizacji nie widzą grup prywatnych, jeśli nie są ich członkami.',
  'groups.emptyAdmin':
    'Organizacja nie ma jeszcze żadnych grup. Utwórz grupę albo prześlij plik z przypisaniami.',
  'groups.emptyMember':
    'Nie należysz do żadnej grupy organizacji. Przełącz się u góry na innego użytkownika, aby zobaczyć jego grupy.',
  'groups.emptyPrivate': 'Nie należysz do żadnej grupy prywatnej.',
  'groups.matches': 'Pasujące grupy: {count}',
  'groups.inPath': 'w: {path}',
  'groups.showMore': 'Pokaż więcej (jeszcze {count})',
  'groups.hierarchy': 'Hierarchia grup',
  'groups.expand': 'Pokaż podgrupy grupy {name}',
  'groups.collapse': 'Ukryj podgrupy grupy {name}',
  'groups.notYours':
    'Należy do hierarchii Twoich grup, ale nie jesteś jej członkiem, więc nie możesz jej otworzyć.',
  'groups.subCount.one': '1 podgrupa',
  'groups.subCount.few': '{count} podgrupy',
  'groups.subCount.many': '{count} podgrup',
  'groups.subCount.other': '{count} podgrupy',

  'group.unavailable':
    'Ta grupa nie istnieje albo użytkownik, jako który działasz, nie może jej zobaczyć.',
  'group.kind.organization': 'Grupa organizacji',
  'group.kind.private': 'Grupa prywatna',
  'group.subGroupOf': 'Podgrupa grupy',
  'group.tabs': 'Sekcje grupy',
  'group.tab.users': 'Użytkownicy',
  'group.tab.subgroups': 'Podgrupy',
  'group.tab.connectors': 'Łączniki',
  'group.tab.actions': 'Akcje',
  'group.tab.conversation': 'Rozmowa',
  'group.tab.reports': 'Raporty',
  'group.map': 'Przypisz do organizacji',
  'group.mapConfirm': 'Przypisz do organizacji',
  'group.mapAbout':
    '„{name}” stanie się grupą organizacji: administratorzy organizacji będą ją widzieć i nią zarządzać, a ona sama będzie mogła wejść do hierarchii. Żadna inna grupa organizacji nie może mieć tej samej nazwy.',
  'group.makePrivate': 'Zmień na prywatną',
  'group.makePrivateConfirm': 'Zmień na prywatną',
  'group.makePrivateAbout':
    '„{name}” stanie się grupą prywatną. Wypadnie z hierarchii (jej podgrupy staną się grupami najwyższego poziomu), a administratorzy organizacji, którzy nie są jej członkami, przestaną ją widzieć.',

  'group.users.filter': 'Znajdź członka',
  'group.users.addByPhone': 'Dodaj po numerze telefonu',
  'group.users.importCsv': 'Importuj z pliku CSV',
  'group.users.history': 'Pokaż historię importu',
  'group.users.export': 'Eksportuj',
  'group.users.count': 'Członkowie: {count}. Administratorzy: {admins}.',
  'group.users.displayName': 'Wyświetlana nazwa',
  'group.users.onlyAdmin':
    'To jedyny administrator grupy. Zanim odbierzesz mu tę rolę albo go usuniesz, nadaj rolę administratora komuś innemu.',
  'group.users.removeTitle': 'Usunąć z grupy?',
  'group.users.removeAbout':
    '{name} opuści grupę „{group}”. Pozostanie w katalogu i w swoich pozostałych grupach.',

  'group.add.title': 'Dodaj użytkowników do grupy {group}',
  'group.add.numbers': 'Numery telefonów',
  'group.add.hint':
    'Jeden numer albo kilka, oddzielonych przecinkami. Numery spoza katalogu trafią do niego, do sieci Inni.',
  'group.add.hintPrivate':
    'Jeden numer albo kilka, oddzielonych przecinkami. Do grupy prywatnej można dodać tylko osoby, które już są w katalogu.',
  'group.add.role': 'Rola w grupie',
  'group.add.submit': 'Dodaj',
  'group.add.done':
    'Dodano: {added} (w tym nowych w sieci Inni: {created}). Już należało do grupy i zachowuje swoją rolę: {present}. Nie dodano: {invalid}.',
  'group.add.outcome.added': 'Dodano do grupy ({phone})',
  'group.add.outcome.created': 'Dodano do grupy i do katalogu, w sieci Inni ({phone})',
  'group.add.outcome.present': 'Już należy do grupy, rola bez zmian ({phone})',

  'group.sub.private':
    'Grupy prywatne nie należą do hierarchii organizacji. Przypisz tę grupę do organizacji, aby mogła mieć podgrupy.',
  'group.sub.filter': 'Znajdź grupę do dodania',
  'group.sub.pick': 'Grupa',
  'group.sub.add': 'Dodaj grupę',
  'group.sub.none': 'Ta grupa nie ma podgrup.',
  'group.sub.added': 'Grupa „{name}” jest teraz podgrupą grupy „{group}”.',
  'group.sub.removed':
    'Grupa „{name}” nie jest już podgrupą grupy „{group}”; jest teraz grupą najwyższego poziomu.',
  'problem.group.sub.noneYouSee':
    'Grupy, które mogłyby zostać tu podgrupami, nie są dla Ciebie widoczne. Poproś administratora organizacji, aby je dodał.',

  'error.group.already.private': '„{group}” już jest grupą prywatną.',
  'error.group.already.organization': '„{group}” już jest grupą organizacji.',
  'problem.group.member.notInDirectory':
    'Pozycja {row}: numeru {value} nie ma w katalogu. Do grupy prywatnej można dodać tylko osoby z katalogu — najpierw dodaj tę osobę do katalogu albo sprawdź numer.',
} satisfies Partial<Record<MessageKey, string>>;
