import type { Locale } from './types';

/**
 * The demo organization's words in each language: its attributes' names and the values it
 * draws for them. A demo loaded from a Polish page is a Polish company's directory. Every
 * list has the same length and order in each language, so the same seed picks the same
 * person, department and office everywhere; only the words differ. This is data the demo
 * writes into the sandbox (the admin may rename or edit it), not interface text.
 */
export interface DemoVocabulary {
  attributes: {
    employeeId: string;
    department: string;
    jobTitle: string;
    office: string;
    joined: string;
    forklift: string;
    salaryBand: string;
  };
  departments: readonly string[];
  titles: readonly string[];
  offices: readonly string[];
}

export const DEMO_VOCABULARY: Record<Locale, DemoVocabulary> = {
  en: {
    attributes: {
      employeeId: 'Employee ID',
      department: 'Department',
      jobTitle: 'Job title',
      office: 'Office location',
      joined: 'Date of joining',
      forklift: 'Forklift licence',
      salaryBand: 'Salary band',
    },
    departments: ['Operations', 'Logistics', 'Sales', 'Finance', 'IT', 'Human Resources'],
    titles: [
      'Driver',
      'Dispatcher',
      'Warehouse associate',
      'Shift lead',
      'Account manager',
      'Analyst',
      'Engineer',
    ],
    offices: ['Warsaw', 'Kraków', 'Gdańsk', 'Pune', 'Bengaluru'],
  },
  pl: {
    attributes: {
      employeeId: 'Identyfikator pracownika',
      department: 'Dział',
      jobTitle: 'Stanowisko',
      office: 'Biuro',
      joined: 'Data zatrudnienia',
      forklift: 'Uprawnienia na wózek widłowy',
      salaryBand: 'Grupa zaszeregowania',
    },
    departments: ['Operacje', 'Logistyka', 'Sprzedaż', 'Finanse', 'IT', 'Kadry'],
    titles: [
      'Kierowca',
      'Dyspozytor',
      'Magazynier',
      'Kierownik zmiany',
      'Opiekun klienta',
      'Analityk',
      'Inżynier',
    ],
    offices: ['Warszawa', 'Kraków', 'Gdańsk', 'Pune', 'Bengaluru'],
  },
};
