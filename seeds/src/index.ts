// Public entry of @toile/seeds: the demo territory and the tiny hand-solvable territories.
export {};
