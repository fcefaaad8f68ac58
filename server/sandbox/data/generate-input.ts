/** The inputs that fully determine the generated data: same inputs, deeply equal output. */
export interface GenerateInput {
  seed: number;
  /** The instant the data is centred on ("now" for the fake businesses). */
  anchorMs: number;
  /** Appointments per provider. */
  size: number;
}
