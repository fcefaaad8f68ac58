// Caspen wire records exactly as the sandbox serves them (../shared/providers/caspen.md).
export interface CaspenAppointment {
  id: string;
  location_id: string;
  practitioner_id: string;
  service_id: string;
  client_id: string;
  client_package_id: string | null;
  case_id: string | null;
  starts_at: string;
  ends_at: string;
  duration: number;
  status: string;
  confirmed: boolean | null;
  confirmed_at: string | null;
  room_id: string | null;
  vehicle_id: string | null;
  resource_ids: string[];
  note: string | null;
  cancellation_reason_id: string | null;
  cancellation_note: string | null;
  cancelled_at: string | null;
  created_at: string;
}

export interface CaspenAddress {
  line1: string | null;
  line2: string | null;
  city: string | null;
  state: string | null;
  postal_code: string | null;
  country_code: string | null;
}

export interface CaspenLocation {
  id: string;
  name: string;
  description: string | null;
  email: string | null;
  phone: string | null;
  timezone: string;
  country_code: string;
  online_booking: boolean | null;
  abn: string | null;
  ndis_number: string | null;
  logo_id: string | null;
  image_id: string | null;
  service_ids: string[];
  practitioner_ids: string[];
  /** `mon_active`, `mon_opens_at`, `mon_closes_at` … through `sun_*`. */
  opening_hours: Record<string, boolean | string | null>;
  address: CaspenAddress;
  created_at: string;
}

export interface CaspenService {
  id: string;
  category_id: string;
  progress_note_template_id: string | null;
  appointment_notification_set_id: string | null;
  tax_id: string;
  name: string;
  description: string | null;
  item_code: string | null;
  duration: number;
  buffer_before_duration: number;
  buffer_after_duration: number;
  price: number;
  price_unit: string;
  online_booking: boolean;
  practitioner_ids: string[];
  location_ids: string[];
  tag_ids: string[];
  created_at: string;
}

export interface CaspenClient {
  id: string;
  title: string | null;
  first_name: string;
  last_name: string | null;
  preferred_name: string | null;
  profession: string | null;
  email: string | null;
  date_of_birth: string | null;
  sex: string | null;
  gender_identity: string | null;
  pronouns: string | null;
  privacy_policy_consent: string | null;
  medications: { name: string; dosage: string }[];
  allergies: { name: string; reaction: string }[];
  intolerances: string[];
  emergency_contact_name: string | null;
  emergency_contact_phone: string | null;
  emergency_contact_relationship: string | null;
  notes: string | null;
  alert: string | null;
  referral_type_id: string | null;
  referral_description: string | null;
  referred_by_id: string | null;
  phone_number: string | null;
  phone_numbers: { id: string; code: string; number: string; type: string }[];
  address: CaspenAddress | null;
  tag_ids: string[];
  created_at: string;
}

/** Undocumented endpoint; the project assumes at least `{id, name}` plus first/last name. */
export interface CaspenPractitioner {
  id: string;
  first_name: string;
  last_name: string;
  name: string;
  email: string | null;
  phone: string | null;
  location_ids: string[];
  created_at: string;
}

export interface CaspenRoom {
  id: string;
  name: string;
  location_id: string;
  created_at: string;
}

export interface CaspenCancellationReason {
  id: string;
  name: string;
  archived: boolean;
  created_at: string;
}

export interface CaspenData {
  /** In the order `GET /v1/appointments` pages through them (a seeded shuffle, not by date). */
  appointments: CaspenAppointment[];
  services: CaspenService[];
  locations: CaspenLocation[];
  clients: CaspenClient[];
  practitioners: CaspenPractitioner[];
  rooms: CaspenRoom[];
  cancellationReasons: CaspenCancellationReason[];
}

/** ISO 8601 to the second with `Z`, as Caspen's examples (`2024-01-01T10:00:00Z`). */
export function caspenTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}
