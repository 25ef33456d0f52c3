// A one-line progress bar for `toile match`, drawn on stderr only when stderr is a terminal.
// Off a terminal (pipes, CI, tests) it writes nothing, so the output stays clean.

const WIDTH = 30;

/** The matcher's stages as the user reads them. */
export const STAGE_LABELS_FR: Readonly<Record<string, string>> = {
  validation: 'vérification des données',
  candidates: 'recherche des paires possibles',
  formulation: 'mise en équations',
  solve: 'résolution du programme linéaire',
  interpretation: 'explications',
};

export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): boolean;
}

export class MatchProgressBar {
  private drawn = false;

  constructor(private readonly stream: ProgressStream = process.stderr) {}

  get enabled(): boolean {
    return this.stream.isTTY === true;
  }

  /** Draws `fraction` (0–1) of the bar with the current stage's name. */
  update(fraction: number, stage: string): void {
    if (!this.enabled) return;
    const clamped = Math.min(Math.max(fraction, 0), 1);
    const filled = Math.round(clamped * WIDTH);
    const percent = String(Math.round(clamped * 100)).padStart(3);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
    this.stream.write(`\r\x1b[2K${bar} ${percent} % ${STAGE_LABELS_FR[stage] ?? stage}`);
    this.drawn = true;
  }

  /** Clears the line so that what follows starts clean. */
  stop(): void {
    if (this.drawn) this.stream.write('\r\x1b[2K');
    this.drawn = false;
  }
}
