// Property tests run a small count by default (fast enough for `npm test`)
// and any count with REPLYLINT_PROPERTY_RUNS=100000 for a fault hunt.
export const propertyRuns = Number(process.env['REPLYLINT_PROPERTY_RUNS'] ?? 300)
