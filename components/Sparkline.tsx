// Postings per week as a small line; the accessible name carries the numbers.
export interface SparkPoint { label: string; value: number }

export function Sparkline({ points, width = 220, height = 40, title }: { points: readonly SparkPoint[]; width?: number; height?: number; title: string }) {
  const max = Math.max(1, ...points.map((p) => p.value));
  const step = points.length > 1 ? width / (points.length - 1) : 0;
  const xy = points.map((p, i) => [i * step, height - 2 - (p.value / max) * (height - 4)] as const);
  const path = xy.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
  const last = xy.at(-1);
  const summary = `${title}: ${points.map((p) => `${p.label} ${p.value}`).join(', ')}`;
  return (
    <svg class="sparkline" role="img" aria-label={summary} width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      <title>{summary}</title>
      {points.length > 1 ? <polyline points={path} fill="none" class="spark-line" /> : null}
      {last ? <circle cx={last[0]} cy={last[1]} r={2.5} class="spark-dot" /> : null}
    </svg>
  );
}
