// The ITU bodies whose resolutions and decisions itu-resolutions.ts and itu-self-resolution.ts read, by key,
// with the name their resolutions' nodes are named after ("ITU Council Resolution 1336").

export const ITU_BODY_NAME: Record<string, string> = {
  pp: 'ITU Plenipotentiary Conference',
  wtsa: 'World Telecommunication Standardization Assembly',
  wtdc: 'World Telecommunication Development Conference',
  wcit: 'World Conference on International Telecommunications',
  council: 'ITU Council',
};
