// A message's place is a point or a span; readers want its two ends. One
// pair of helpers for the CLI's results, the browser entry and the UDF.

interface Span<P> {
  readonly start: P
  readonly end: P
}

/** Where a place starts: the point itself, or a span's start. */
export function placeStart<P extends object>(place: P | Span<P> | null | undefined): P | undefined {
  return place ? ('start' in place ? place.start : place) : undefined
}

/** Where a span ends; a point has no end. */
export function placeEnd<P extends object>(place: P | Span<P> | null | undefined): P | undefined {
  return place && 'start' in place ? place.end : undefined
}
