/**
 * The places the fake businesses operate in: zones on both hemispheres (opposite DST seasons),
 * one with no DST at all (Tokyo), and a mix of scripts in addresses.
 */
export interface Site {
  zone: string;
  city: string;
  state: string;
  country: string;
  countryCode: string;
  street: string;
  postalCode: string;
  /** Digits a local mobile number starts with, E.164 without spaces. */
  phonePrefix: string;
  phoneDigits: number;
  /** Country calling code, e.g. '+61'. */
  callingCode: string;
  lang: string;
}

export const SITES: readonly Site[] = [
  {
    zone: 'Australia/Sydney',
    city: 'Sydney',
    state: 'NSW',
    country: 'Australia',
    countryCode: 'AU',
    street: '12 Macquarie Street',
    postalCode: '2000',
    phonePrefix: '+614',
    callingCode: '+61',
    phoneDigits: 8,
    lang: 'en-AU',
  },
  {
    zone: 'Europe/Madrid',
    city: 'Madrid',
    state: 'Madrid',
    country: 'Spain',
    countryCode: 'ES',
    street: 'Calle de Serrano 41',
    postalCode: '28001',
    phonePrefix: '+346',
    callingCode: '+34',
    phoneDigits: 8,
    lang: 'es',
  },
  {
    zone: 'America/New_York',
    city: 'New York',
    state: 'NY',
    country: 'United States',
    countryCode: 'US',
    street: '350 5th Avenue',
    postalCode: '10118',
    phonePrefix: '+1212555',
    callingCode: '+1',
    phoneDigits: 4,
    lang: 'en-US',
  },
  {
    zone: 'Asia/Tokyo',
    city: '渋谷区',
    state: '東京都',
    country: 'Japan',
    countryCode: 'JP',
    street: '渋谷2-21-1',
    postalCode: '150-0002',
    phonePrefix: '+8190',
    callingCode: '+81',
    phoneDigits: 8,
    lang: 'ja',
  },
];
