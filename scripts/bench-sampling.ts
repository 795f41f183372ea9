/**
 * Enough samples for a verdict that one noisy run cannot flip: a median with the range it lies in (from order
 * statistics, so no assumption about the shape of the noise), and sampling that goes on while that range still
 * straddles the goal.
 */

export interface MedianEstimate {
  median: number;
  /** The median lies between `low` and `high` with the confidence asked for (±Infinity: too few samples to say). */
  low: number;
  high: number;
  samples: number;
}

export interface SamplingPlan {
  /** Samples always taken. */
  min: number;
  /** Samples added at a time while the verdict is open. */
  step: number;
  /** Samples at most; the verdict may still be open then. */
  max: number;
}

/**
 * The median and its distribution-free confidence interval: the k-th smallest and k-th largest sample, for the
 * largest k whose chance of both bounds missing the true median is within 1 - confidence (a binomial tail, p = ½).
 */
export function medianInterval(values: number[], confidence = 0.95): MedianEstimate {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const middle = Math.floor(n / 2);
  const median = n % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  const tail = (1 - confidence) / 2;
  let k = 0;
  let ways = 1; // n choose i
  let cumulative = 0; // P(at most i samples fall below the true median)
  for (let i = 0; i < middle; i++) {
    cumulative += ways / 2 ** n;
    if (cumulative > tail) break;
    k = i + 1;
    ways = (ways * (n - i)) / (i + 1);
  }
  return k === 0
    ? { median, low: -Infinity, high: Infinity, samples: n }
    : { median, low: sorted[k - 1], high: sorted[n - k], samples: n };
}

/** Below the limit, at or above it, or still open. */
export function verdict(estimate: MedianEstimate, limit: number): 'below' | 'not below' | 'open' {
  if (estimate.high < limit) return 'below';
  if (estimate.low >= limit) return 'not below';
  return 'open';
}

/** Takes `plan.min` samples, then `plan.step` more at a time until the verdict on `limit` is settled or `plan.max`. */
export function sampleUntilSettled(take: () => number, limit: number, plan: SamplingPlan): MedianEstimate {
  const values: number[] = [];
  const more = (count: number) => {
    for (let i = 0; i < count && values.length < plan.max; i++) values.push(take());
    return medianInterval(values);
  };
  let estimate = more(plan.min);
  while (verdict(estimate, limit) === 'open' && values.length < plan.max) estimate = more(plan.step);
  return estimate;
}
