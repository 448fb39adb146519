import type { MessageKey } from './en';

/** Polish strings of the landing page's Start, the templates page and the build (see en-pages.ts). */
export const plPages = {
  'page.skip': 'Przejdź do treści',
  'page.siteNav': 'Witryna',
  'page.guides': 'Przewodniki',
  'page.portal': 'Portal',
  'page.templates': 'Szablony',
  'page.practice': 'Ćwiczenia',
  'page.templatesTitle': 'Szablony CSV i sprawdzanie plików',
  'page.templatesDescription':
    'Pobierz szablony importu dla swojej organizacji i sprawdź wypełniony plik w przeglądarce, zanim go prześlesz.',
  'page.noscript': 'Portal działa w przeglądarce i wymaga włączonego JavaScriptu.',
  'page.portalTitle': 'Portal zarządzania',
  'page.practiceTitle': 'Ćwiczenia',
  'page.practiceDescription':
    'Ćwiczenia, które sprawdzają Twoją pracę: każde zaczyna od znanej organizacji w piaskownicy, prosi o jedno zadanie administracyjne i pokazuje, co już zrobione, a czego brakuje.',
  'page.portalDescription':
    'Portal zarządzania organizacją Kaizala symulowany w przeglądarce: katalog użytkowników, atrybuty, role i ustawienia.',

  'landing.start.new': 'Załóż nową organizację',
  'landing.start.newHint':
    'Nadasz jej nazwę, dodasz siebie jako pierwszego administratora organizacji i zaczniesz od pustego katalogu.',
  'landing.start.demo': 'Zacznij od organizacji demonstracyjnej',
  'landing.start.demoHint':
    'Gotowa do oglądania firma Contoso Logistics: 320 użytkowników, trzypoziomowa hierarchia grup, rozmowy i opublikowane akcje.',
  'landing.start.empty': 'W tej przeglądarce nie ma jeszcze żadnej organizacji.',
  'landing.start.current': 'Piaskownica w tej przeglądarce zawiera organizację {organization}.',
  'landing.start.continue': 'Przejdź do niej w portalu',
  'landing.start.newConfirm': 'Wymaż i zacznij od nowa',
  'landing.start.newText':
    'Organizacja {organization} zniknie z tej przeglądarki razem z użytkownikami, atrybutami, grupami, rozmowami i historią. Nową organizację skonfigurujesz potem w portalu.',
  'landing.start.demoConfirm': 'Zastąp organizacją demonstracyjną',
  'landing.start.demoText':
    'Organizacja {organization} i wszystko, co w niej jest — użytkownicy, atrybuty, grupy, rozmowy i historia — zostanie zastąpione organizacją demonstracyjną Contoso Logistics.',
  'landing.start.keepCopy': 'Jeśli chcesz zachować kopię, najpierw wyeksportuj jej dane dzierżawy.',
  'landing.start.loadingDemo': 'Wczytywanie organizacji demonstracyjnej…',
  'landing.start.opening': 'Otwieranie portalu…',

  'templates.title': 'Szablony',
  'templates.forOrg':
    'Szablony dla organizacji {org}: szablony użytkowników mają osobną kolumnę dla każdego jej atrybutu (liczba atrybutów: {count}).',
  'templates.noOrg':
    'W tej przeglądarce nie ma jeszcze organizacji, więc szablony użytkowników mają tylko kolumny Phone Number i Name. Aby dostać kolumny atrybutów, utwórz organizację lub wczytaj organizację demonstracyjną w portalu.',
  'templates.download': 'Pobierz',
  'templates.kind.users-employee': 'Użytkownicy — sieć „Pracownicy”',
  'templates.kind.users-others': 'Użytkownicy — sieć „Inni”',
  'templates.kind.group-members': 'Przypisanie użytkowników do grup',
  'templates.kind.group-parents': 'Przypisanie grup nadrzędnych',
  'templates.about.users-employee':
    'Kolumny Phone Number, Name i wszystkie atrybuty. Importuje się go z karty „Pracownicy” w katalogu.',
  'templates.about.users-others': 'Te same kolumny — dla partnerów i innych osób z zewnątrz.',
  'templates.about.group-members':
    'Kolumny Group Name, Phone Number i User Type (Admin lub Member) — do masowego przesyłania członków grup na stronie Grupy.',
  'templates.about.group-parents':
    'Kolumny Parent Group Name i Child Group Name — do zbudowania hierarchii grup w tym samym przesłaniu.',
  'templates.checkTitle': 'Sprawdź plik',
  'templates.checkIntro':
    'Plik czyta ten sam mechanizm, który wykonuje import, i podaje każdy problem z numerem wiersza i nazwą kolumny. Nic nie zostaje zaimportowane ani zmienione.',
  'templates.checkAs': 'Sprawdź jako',
  'templates.region': 'Region dla numerów bez +',
  'templates.parentFile':
    'Plik grup nadrzędnych jest sprawdzany razem z plikiem przypisania użytkowników do grup, tak jak przy zbiorczym dodawaniu na stronie Grupy.',
  'templates.checkFile': 'Sprawdź plik',

  'templates.kind.group-members-one': 'Użytkownicy jednej grupy',
  'templates.about.group-members-one':
    'Numer telefonu i typ użytkownika — do importu CSV na karcie Użytkownicy wybranej grupy.',
} satisfies Partial<Record<MessageKey, string>>;
